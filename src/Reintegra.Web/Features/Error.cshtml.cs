using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedText> text) : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        Code = code ?? 500;
        Title = Code switch
        {
            404 => text["Problem.NotFound"],
            403 => text["Problem.Forbidden"],
            400 => text["Problem.BadRequest"],
            413 => text["Problem.TooLarge"],
            _ => text["Problem.ServerError"],
        };
        if (code is null)
        {
            Response.StatusCode = 500;
        }
    }
}
