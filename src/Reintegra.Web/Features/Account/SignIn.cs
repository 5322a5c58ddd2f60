using Microsoft.AspNetCore.Identity;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Account;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Password sign-in shared by the login page (cookie) and the token endpoint (bearer). Repeated failures lock the
/// account for a while; successes and failures are written to the audit trail.
/// </summary>
public sealed class SignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
{
    public async Task<(SignInOutcome Outcome, AppUser? User)> PasswordAsync(string? email, string? password, bool bearer, bool persistent = false)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || email.Length > 256 || password.Length > 256)
        {
            return (SignInOutcome.Failed, null);
        }
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return (SignInOutcome.Failed, null);
        }
        if (bearer)
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        }
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        var outcome = result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        var action = outcome switch
        {
            SignInOutcome.Succeeded => AuditActions.SignedIn,
            SignInOutcome.LockedOut => AuditActions.LockedOut,
            _ => AuditActions.SignInFailed,
        };
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, new AuditActor(user.Id, user.UserName ?? "", user.InstitutionId), action, "User", user.Id.ToString(), null, bearer ? "api" : "web"));
        await db.SaveChangesAsync();
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
