-- Recommendations: find the report whose executive-response deadline was rescheduled.
CREATE INDEX scrutiny_report_response_deadline ON scrutiny_report (response_deadline_id);
