package org.scrutineer.audit.internal;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.audit.FieldChange;

/** Turns a record's state into field values and compares two states field by field. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The fields of a snapshot (a Java record or a map) as text, in declaration order. */
    public static Map<String, String> fields(Object snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (snapshot == null) {
            return fields;
        }
        if (snapshot instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(String.valueOf(k), text(v)));
            return fields;
        }
        Class<?> type = snapshot.getClass();
        if (!type.isRecord()) {
            throw new IllegalArgumentException("An audit snapshot must be a record or a map, not " + type.getName());
        }
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), text(read(component, snapshot)));
        }
        return fields;
    }

    /** The fields whose values differ between two snapshots (all fields when one side is null). */
    public static List<FieldChange> diff(Object before, Object after) {
        Map<String, String> from = fields(before);
        Map<String, String> to = fields(after);
        Set<String> names = new LinkedHashSet<>(to.keySet());
        names.addAll(from.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String a = from.get(name);
            String b = to.get(name);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(name, a, b));
            }
        }
        return changes;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(Snapshots::text).orElse(null);
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null
                    : collection.stream().map(Snapshots::text).collect(Collectors.joining(", "));
        }
        if (value.getClass().isArray() && value instanceof Object[] array) {
            return text(List.of(array));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        Class<?> type = value.getClass();
        if (type.isRecord() && type.getRecordComponents().length == 1) {
            // id records such as PersonId(42) read as their value
            return text(read(type.getRecordComponents()[0], value));
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
