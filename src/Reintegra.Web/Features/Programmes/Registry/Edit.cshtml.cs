using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes.Registry;

/// <summary>Edit a programme: its institution's focal points, or the secretariat once submitted. After publication this starts a new version.</summary>
[Authorize(Policy = Policies.ManageCatalogue)]
public sealed class EditModel(ManageProgrammes programmes, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManageProgrammes.ProgrammeInput Input { get; set; } = new();

    [BindProperty]
    public string? Coverage { get; set; }

    public ManageProgrammes.ProgrammeView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Current = await programmes.GetAsync(Id, ct);
        if (Current is null)
        {
            return NotFound();
        }
        Input = EntryForms.ToInput(Current.Working, Current.Version);
        Coverage = string.Join(' ', Current.Working.Coverage);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Coverage = EntryForms.Codes(Coverage);
        EntryForms.CompactIndicators(Input);
        ManageProgrammes.ProgrammeView? updated = null;
        if (!await SaveAsync(async () => updated = await programmes.UpdateAsync(Id, Input, ct)))
        {
            Current = await programmes.GetAsync(Id, ct);
            return Current is null ? NotFound() : Page();
        }
        if (updated is null)
        {
            return NotFound();
        }
        TempData["Flash"] = text["Form.Saved", updated.Working.Entry.Number].Value;
        return Redirect($"/Programmes/Registry/{Id}");
    }
}
