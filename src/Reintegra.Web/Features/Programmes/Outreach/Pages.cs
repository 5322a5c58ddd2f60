using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.Outreach;

[Authorize(Policy = Policies.RecordOutreach)]
public sealed class IndexModel(ManageOutreach outreach) : CataloguePage
{
    public ManageOutreach.ActivityPage Activities { get; private set; } = new([], 1, 0, ManageOutreach.PageSize);

    public async Task OnGetAsync(int? page, CancellationToken ct) => Activities = await outreach.ListAsync(page ?? 1, ct);
}

/// <summary>Record or correct an activity of the user's institution (route without an id: a new one).</summary>
[Authorize(Policy = Policies.RecordOutreach)]
public sealed class ActivityModel(ManageOutreach outreach, ManageProgrammes programmes, CurrentUser me, LocalTime time, IStringLocalizer<ProgrammesText> text) : CataloguePage
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ManageOutreach.OutreachInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Title)> Programmes { get; private set; } = [];

    /// <summary>Whose departments the place lists offer: the chosen department's country, else the institution's.</summary>
    public string PlaceCountry { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? programmeId, CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await outreach.GetAsync(id, ct) is not { } a)
            {
                return NotFound();
            }
            Input = new ManageOutreach.OutreachInput
            {
                ProgrammeId = a.ProgrammeId,
                Kind = a.Kind,
                Title = a.Title,
                Date = a.Date,
                Adm1 = a.Adm1,
                Adm2 = a.Adm2,
                Venue = a.Venue,
                Audience = a.Audience,
                Materials = a.Materials,
                NotDisaggregated = a.NotDisaggregated,
                Version = a.Version,
                Reached = a.Reached.Select(r => new ManageOutreach.ReachInput { Sex = r.Sex, AgeGroup = r.AgeGroup, Count = r.Count }).ToList(),
            };
        }
        else
        {
            Input.Date = time.Today;
            Input.ProgrammeId = programmeId;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ManageOutreach.ActivityView? saved = null;
        var ok = await SaveAsync(async () => saved = Id is { } id ? await outreach.UpdateAsync(id, Input, ct) : await outreach.CreateAsync(Input, ct));
        if (ok && saved is null)
        {
            return NotFound();
        }
        if (!ok)
        {
            await LoadChoicesAsync(ct);
            return Page();
        }
        TempData["Flash"] = text["Outreach.Saved", saved!.Total].Value;
        return Redirect("/Programmes/Outreach");
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Programmes = await programmes.ChoicesAsync(me.InstitutionId, includePublished: false, ct);
        PlaceCountry = Reference.Places.Default.Find(Input.Adm1)?.CountryAlpha2 ?? await outreach.MyCountryAsync(ct);
    }
}
