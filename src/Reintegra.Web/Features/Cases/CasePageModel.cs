using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Base of the pages of one case: loads the case (404 for another institution's), and runs a change through its
/// handler, showing errors on the page or redirecting with a message.
/// </summary>
public abstract class CasePageModel(CaseView view) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CaseView.Details? Case { get; private set; }

    protected CaseView View { get; } = view;

    protected IStringLocalizer<CasesText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<CasesText>>();

    protected async Task<bool> LoadCaseAsync(CancellationToken ct) => (Case = await View.GetAsync(Id, ct)) is not null;

    /// <summary>Runs a change; on success redirects with the message, on failure shows the page again with the errors.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string doneKey, string prefix, string? redirect, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await change(), prefix))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = Text[doneKey].Value;
            return Redirect(redirect ?? Request.Path);
        }
        return await ReloadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Loads what the page shows after a failed change; pages with more to load override it.</summary>
    protected virtual Task<bool> ReloadAsync(CancellationToken ct) => LoadCaseAsync(ct);
}
