package io.guarddesk.notices.boundary.api;

/** The JSON bodies of the notices API. */
final class NoticeRequests {

    private NoticeRequests() {
    }

    /** sendAt: ISO-8601 with an offset, e.g. 2026-11-24T10:00:00+09:00. */
    public record NoticeRequest(String subjectEn, String bodyEn, String subjectJa, String bodyJa, String sendAt) {
    }

    /** Either an incident reference or a directory query (status, number prefix, owner domain). */
    public record RecipientsRequest(String incident, QueryRequest query) {
    }

    public record QueryRequest(String status, String prefix, String domain) {
    }

    public record ApprovalRequest(String hash) {
    }

    public record RejectionRequest(String reason) {
    }
}
