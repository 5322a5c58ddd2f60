using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Web;

/// <summary>
/// Base for pages that call a handler: turns the handler's validation errors, broken business rules and edit
/// conflicts into messages on the form, so the page is shown again with everything the user typed.
/// </summary>
public abstract class AppPageModel : PageModel
{
    [TempData]
    public string? Flash { get; set; }

    protected IStringLocalizer<SharedText> Shared => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();

    protected async Task<bool> RunAsync(Func<Task> action, string modelPrefix = "Input")
    {
        try
        {
            await action();
            return true;
        }
        catch (InputValidationException e)
        {
            foreach (var (key, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(ToFormKey(modelPrefix, key), message);
                }
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", Shared["Domain." + e.Code, [.. e.Arguments]]);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", Shared["Problem.Concurrency"]);
        }
        return false;
    }

    /// <summary>"documents[0].number" becomes "Input.Documents[0].Number".</summary>
    internal static string ToFormKey(string prefix, string apiKey)
    {
        var parts = apiKey.Split('.').Select(p => p.Length == 0 ? p : char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]);
        var path = string.Join('.', parts);
        return string.IsNullOrEmpty(prefix) ? path : prefix + "." + path;
    }
}
