package io.guarddesk.staff.boundary;

import io.guarddesk.staff.control.SignInResult;
import io.guarddesk.staff.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/**
 * The staff table as a Jakarta Security identity store: PBKDF2 hashes, roles as groups. The
 * detailed outcome (e.g. a pause after repeated failures) is left in {@link LastSignIn} for the
 * sign-in page, since a validation result can only say valid or not.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    SignIns signIns;

    @Inject
    LastSignIn lastSignIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var result = signIns.signIn(login.getCaller(), login.getPasswordAsString());
        lastSignIn.set(result);
        if (result instanceof SignInResult.SignedIn signedIn) {
            return new CredentialValidationResult(signedIn.username(),
                    signedIn.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
