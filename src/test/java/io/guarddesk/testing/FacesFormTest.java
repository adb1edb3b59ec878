package io.guarddesk.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form reader the cross-site checks rely on, against markup as Mojarra and PrimeFaces write it. */
class FacesFormTest {

    private static final String PAGE = """
            <html><head><script nonce="n">if(window.PrimeFaces){PrimeFaces.csp.init('NzE3YTM5\\/ZjQtOGQ\\x2b3Ny00');}</script></head><body>
            <form id="signout" name="signout" method="post" action="/index.xhtml"><input type="hidden" name="signout" value="signout" />
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-42:84" autocomplete="off" /></form>
            <form id="ticket-form" name="ticket-form" method="post" action="/index.xhtml" novalidate="novalidate">
            <input type="hidden" name="ticket-form" value="ticket-form" />
            <input id="ticket-form:name" name="ticket-form:name" type="text" value="A &amp; B" maxlength="100" />
            <input id="ticket-form:email" name="ticket-form:email" type="email" value="" />
            <div class="ui-helper-hidden-accessible"><select id="ticket-form:category_input" name="ticket-form:category_input" tabindex="-1">
            <option value="" data-escape="true">Choose</option><option value="GENERAL">General</option>
            <option value="BILLING" selected="selected">Billing</option></select></div>
            <textarea id="ticket-form:message" name="ticket-form:message" rows="8">
            line &lt;1&gt;</textarea>
            <input id="ticket-form:on_input" name="ticket-form:on_input" type="checkbox" checked="checked" />
            <input id="ticket-form:off_input" name="ticket-form:off_input" type="checkbox" />
            <button id="ticket-form:submit" name="ticket-form:submit" type="submit"><span>Send</span></button>
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:1" value="-42:84" autocomplete="off" />
            </form></body></html>
            """;

    @Test
    @DisplayName("a form's fields are what a browser posts: inputs, the selected option, textarea text, ticked boxes only, the nonce")
    void readsWhatABrowserPosts() {
        var form = FacesForm.of(PAGE, "ticket-form");

        assertThat(form.action()).isEqualTo("/index.xhtml");
        assertThat(form.fields()).containsEntry("ticket-form", "ticket-form").containsEntry("ticket-form:name", "A & B")
                .containsEntry("ticket-form:email", "").containsEntry("ticket-form:category_input", "BILLING")
                .containsEntry("ticket-form:message", "line <1>").containsEntry("ticket-form:on_input", "on")
                .containsEntry(FacesForm.VIEW_STATE, "-42:84").containsEntry(FacesForm.NONCE, "NzE3YTM5/ZjQtOGQ+3Ny00")
                .doesNotContainKeys("ticket-form:off_input", "ticket-form:submit", "signout");
    }

    @Test
    @DisplayName("changes make copies; a field the page does not have, or a form it does not have, fails with what there is")
    void copiesAndTypos() {
        var form = FacesForm.of(PAGE, "ticket-form");

        var changed = form.set("name", "Eve").without(FacesForm.VIEW_STATE);

        assertThat(changed.field("name")).isEqualTo("Eve");
        assertThat(changed.viewState()).isNull();
        assertThat(form.field("name")).isEqualTo("A & B");
        assertThatThrownBy(() -> form.set("nmae", "x")).hasMessageContaining("ticket-form:name");
        assertThatThrownBy(() -> FacesForm.of(PAGE, "missing")).hasMessageContaining("signout").hasMessageContaining("ticket-form");
    }

    @Test
    @DisplayName("extra JSON fields are added to a body without overriding what the body sets")
    void mergedBody() {
        assertThat(ExtraFields.merge("{\"status\":\"OPEN\"}", "{\"status\":\"CLOSED\",\"roles\":[\"ADMIN\"]}"))
                .contains("\"status\":\"OPEN\"").contains("\"roles\":[\"ADMIN\"]").doesNotContain("CLOSED");
    }
}
