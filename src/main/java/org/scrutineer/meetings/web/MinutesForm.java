package org.scrutineer.meetings.web;

import org.scrutineer.meetings.AgendaItem;

/** The form for an item's minutes and resolutions, with the version read (two minute-takers never overwrite). */
public class MinutesForm {

    private String minutes;
    private String resolutions;
    private int version;

    static MinutesForm of(AgendaItem i) {
        MinutesForm f = new MinutesForm();
        f.minutes = i.minutes();
        f.resolutions = i.resolutions();
        f.version = i.version();
        return f;
    }

    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getResolutions() { return resolutions; }
    public void setResolutions(String resolutions) { this.resolutions = resolutions; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
