using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>A person who arrives without an announced flight or convoy (e.g. on foot at a land border).</summary>
[Authorize(Policy = Policies.Reception)]
public sealed class RegisterModel(RegisterReturn register, InstanceCountry country, LocalTime time, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public RegistrationForm Form => new(Input, null, [], Country);

    private string Country { get; set; } = "GT";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Country = await country.GetAsync(ct);
        var now = time.Now;
        Input = new RegistrationInput { Nationality = Country, ArrivedAt = now.AddSeconds(-now.Second), Mode = ReturnMode.Land, ReturnedFrom = "MX" };
    }

    public async Task<IActionResult> OnPostAsync(string? next, CancellationToken ct)
    {
        Country = await country.GetAsync(ct);
        Input.ArrivalId = null;
        Input.CompleteReception = next == "complete";
        Input.DropEmptyRows();
        RegisterReturn.Result? result = null;
        if (!await RunAsync(async () => result = await register.RegisterAsync(Input, ct)))
        {
            return Page();
        }
        TempData["Flash"] = text["Desk.Registered", $"{Input.GivenNames} {Input.FirstSurname}".Trim()].Value;
        return Redirect($"/Reception/Returns/{result!.ReturnId}");
    }
}
