using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Features.Admin;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Account;

public sealed class LoginModel(SignIn signIn, FirstRun firstRun, ManageUsers users) : AppPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await firstRun.AdministratorExistsAsync())
        {
            return RedirectToPage("/Account/Setup");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (outcome, user) = await signIn.PasswordAsync(Email, Password, bearer: false);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                var view = await users.FindAsync(user!.Id);
                WebSetup.SetCultureCookie(Response, view?.Culture ?? "es");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                Error = Shared["Account.LockedOut"];
                break;
            default:
                Error = Shared["Account.InvalidLogin"];
                break;
        }
        Password = null;
        return Page();
    }
}
