package org.scrutineer.recommendations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.ImportId;
import org.scrutineer.recommendations.ImportPreview;
import org.scrutineer.recommendations.ImportResult;
import org.scrutineer.recommendations.ImportRow;
import org.scrutineer.recommendations.ImportStatus;
import org.scrutineer.recommendations.RecommendationImports;
import org.scrutineer.recommendations.TrackerImport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a spreadsheet tracker, for scrutiny officers, in steps that each are a plain page: upload the file,
 * say which column holds which field, preview what would be created and changed with every error by row and
 * column, then import. The file and the mapping are kept in the database between the steps, so any node serves
 * any step.
 */
@Controller
@RequestMapping("/recommendations/import")
class TrackerImportController {

    /** Rows of the preview's table a page. */
    static final int ROWS_PER_PAGE = 100;
    /** Problems listed on the preview page at most (the count says how many there are). */
    static final int PROBLEMS_SHOWN = 1_000;

    private static final Breadcrumb TRACKER = new Breadcrumb("Recommendations", "/recommendations");
    private static final Breadcrumb IMPORT = new Breadcrumb("Import a tracker", "/recommendations/import");

    private final RecommendationImports imports;

    TrackerImportController(RecommendationImports imports) {
        this.imports = imports;
    }

    // --- upload -----------------------------------------------------------------------------------------------------

    @GetMapping
    String uploadPage(Model model) {
        return uploadPage(model, actor());
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        try {
            if (!imports.mayImport(actor)) {
                throw new AccessDeniedException("Only scrutiny officers import spreadsheet trackers");
            }
            if (file != null && file.getSize() > RecommendationImports.MAX_FILE_BYTES) {
                throw new RuleViolationException("file", "The selected file must be smaller than 10 MB");
            }
            ImportId id = imports.upload(actor, file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : bytes(file));
            redirect.addFlashAttribute("flash", "The file was uploaded. Check which column holds which field.");
            return "redirect:/recommendations/import/" + id + "/mapping";
        } catch (RuleViolationException e) {
            model.addAttribute("fileError", e.problems().get(0).message());
            model.addAttribute("hasErrors", true);
            return uploadPage(model, actor);
        }
    }

    private String uploadPage(Model model, Actor actor) {
        model.addAttribute("recent", imports.recent(actor, 10));
        model.addAttribute("maxMegabytes", RecommendationImports.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("breadcrumbs", List.of(TRACKER));
        return "recommendations/import-upload";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Actor actor = actor();
        TrackerImport upload = imports.uploaded(actor, new ImportId(id));
        if (!upload.imported()) {
            return "redirect:/recommendations/import/" + id + "/mapping";
        }
        model.addAttribute("upload", upload);
        model.addAttribute("result", upload.result());
        model.addAttribute("breadcrumbs", List.of(TRACKER, IMPORT));
        return "recommendations/import-result";
    }

    // --- mapping ----------------------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}/mapping")
    String mappingPage(@PathVariable long id, Model model) {
        Actor actor = actor();
        TrackerImport upload = imports.uploaded(actor, new ImportId(id));
        if (upload.imported()) {
            return "redirect:/recommendations/import/" + id;
        }
        return mappingPage(model, actor, upload, upload.mapping(), Map.of());
    }

    @PostMapping("/{id:\\d+}/mapping")
    String saveMapping(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        ImportId importId = new ImportId(id);
        Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            String column = form.get(field.name());
            if (column != null && !column.isBlank()) {
                mapping.put(field, column);
            }
        }
        try {
            imports.saveMapping(actor, importId, mapping);
            return "redirect:/recommendations/import/" + id + "/preview";
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.putIfAbsent(p.field() == null ? "" : p.field(), p.message());
            }
            model.addAttribute("hasErrors", true);
            return mappingPage(model, actor, imports.uploaded(actor, importId), mapping, errors);
        }
    }

    /** One field of the mapping form. */
    record MappingRow(String name, String label, String hint, boolean required, String selected, String error) {
    }

    private String mappingPage(Model model, Actor actor, TrackerImport upload, Map<ImportField, String> mapping,
            Map<String, String> errors) {
        List<MappingRow> rows = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            rows.add(new MappingRow(f.name(), f.label(), f.hint(), f.required(), mapping.get(f), errors.get(f.name())));
        }
        model.addAttribute("upload", upload);
        model.addAttribute("fields", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("sameFile", imports.sameFile(actor, upload));
        model.addAttribute("breadcrumbs", List.of(TRACKER, IMPORT));
        return "recommendations/import-mapping";
    }

    // --- preview and import -----------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "all") String show,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = actor();
        TrackerImport upload = imports.uploaded(actor, new ImportId(id));
        if (upload.imported()) {
            return "redirect:/recommendations/import/" + id;
        }
        if (upload.status() == ImportStatus.UPLOADED) {
            return "redirect:/recommendations/import/" + id + "/mapping";
        }
        return previewPage(model, imports.preview(actor, upload.id()), show, page);
    }

    @PostMapping("/{id:\\d+}/import")
    String importRows(@PathVariable long id, @RequestParam(defaultValue = "false") boolean skipErrors, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        ImportId importId = new ImportId(id);
        try {
            ImportResult result = imports.importRows(actor, importId, skipErrors);
            redirect.addFlashAttribute("flash", result.nothingChanged()
                    ? "The file was imported. Everything in it was already in the tracker: nothing changed."
                    : "The file was imported.");
            return "redirect:/recommendations/import/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("importError", e.problems().get(0).message());
            model.addAttribute("hasErrors", true);
            TrackerImport upload = imports.uploaded(actor, importId);
            if (upload.imported()) {
                return "redirect:/recommendations/import/" + id;
            }
            return previewPage(model, imports.preview(actor, importId), "errors", 1);
        }
    }

    private String previewPage(Model model, ImportPreview preview, String show, int page) {
        String filter = switch (show) {
            case "changes", "errors" -> show;
            default -> "all";
        };
        List<ImportRow> rows = preview.rows().stream().filter(r -> switch (filter) {
            case "changes" -> r.action() == ImportRow.Action.CREATE || r.action() == ImportRow.Action.UPDATE;
            case "errors" -> r.action() == ImportRow.Action.ERROR;
            default -> true;
        }).toList();
        int pages = Math.max(1, (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        int p = Math.max(1, Math.min(page, pages));
        model.addAttribute("preview", preview);
        model.addAttribute("upload", preview.upload());
        model.addAttribute("counts", preview.counts());
        model.addAttribute("problems", preview.errors().subList(0, Math.min(preview.errors().size(), PROBLEMS_SHOWN)));
        model.addAttribute("show", filter);
        model.addAttribute("rows", rows.subList((p - 1) * ROWS_PER_PAGE, Math.min(rows.size(), p * ROWS_PER_PAGE)));
        model.addAttribute("shownCount", rows.size());
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("breadcrumbs", List.of(TRACKER, IMPORT));
        return "recommendations/import-preview";
    }

    private static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to import a tracker"));
    }
}
