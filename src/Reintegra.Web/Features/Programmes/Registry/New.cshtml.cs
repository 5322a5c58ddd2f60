using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes.Registry;

[Authorize(Policy = Policies.SubmitEntries)]
public sealed class NewModel(ManageProgrammes programmes, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty]
    public ManageProgrammes.ProgrammeInput Input { get; set; } = new() { Language = "es" };

    [BindProperty]
    public string? Coverage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Coverage = EntryForms.Codes(Coverage);
        EntryForms.CompactIndicators(Input);
        ManageProgrammes.ProgrammeView? created = null;
        if (!await SaveAsync(async () => created = await programmes.CreateAsync(Input, ct)))
        {
            return Page();
        }
        TempData["Flash"] = text["Registry.Created"].Value;
        return Redirect($"/Programmes/Registry/{created!.Id}");
    }
}
