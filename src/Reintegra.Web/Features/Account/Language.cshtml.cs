using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reintegra.Web.Features.Admin;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Account;

/// <summary>The ES | EN switch: a cookie for this browser and, when signed in, the user's saved preference.</summary>
public sealed class LanguageModel(CurrentUser me, ManageUsers users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = WebSetup.NormalizeCulture(culture);
        WebSetup.SetCultureCookie(Response, chosen);
        if (me.IsAuthenticated)
        {
            await users.SetCultureAsync(me.Id, chosen);
        }
        // A culture in the query string would override the cookie on the next page: drop it.
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        var q = target.IndexOf("?culture=", StringComparison.OrdinalIgnoreCase);
        return LocalRedirect(q >= 0 ? target[..q] : target);
    }
}
