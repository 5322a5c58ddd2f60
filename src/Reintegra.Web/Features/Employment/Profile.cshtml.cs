using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>The skills profile of a case's person, the vacancies that suit them, and their placements.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class ProfileModel(SaveProfile profiles, MatchJobs matches, IStringLocalizer<EmploymentText> text) : AppPageModel
{
    public const int OccupationRows = 4;
    public const int LanguageRows = 3;
    public const int CertificateRows = 2;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SaveProfile.ProfileView? Profile { get; private set; }

    public SaveProfile.Input Input { get; private set; } = new();

    public MatchJobs.CaseMatches? Matches { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var p = Profile!;
        Input = new SaveProfile.Input
        {
            Occupations = [.. p.Occupations],
            Skills = [.. p.Skills],
            Languages = [.. p.Languages],
            Education = p.Education,
            Certificates = [.. p.Certificates],
            PreferredSector = p.PreferredSector,
            Adm1PCode = p.Adm1PCode,
            Adm2PCode = p.Adm2PCode,
            Mobility = p.Mobility,
            AvailableFrom = p.AvailableFrom,
            Version = p.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] SaveProfile.Input input, CancellationToken ct)
    {
        // The form always shows a few empty rows; only filled ones are part of the profile.
        input.Occupations = input.Occupations.Where(o => !string.IsNullOrWhiteSpace(o.IscoCode)).ToList();
        input.Languages = input.Languages.Where(l => !string.IsNullOrWhiteSpace(l.Code)).ToList();
        input.Certificates = input.Certificates.Where(c => !string.IsNullOrWhiteSpace(c.Name)).ToList();
        input.Skills = VacanciesModel.Lines(input.Skills);
        Input = input;
        Guid? saved = null;
        if (await RunAsync(async () => saved = await profiles.SaveAsync(Id, input, ct)))
        {
            if (saved is null)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Profile.Saved"].Value;
            return Redirect($"/Employment/Cases/{Id}/Profile");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Profile = await profiles.GetAsync(Id, ct);
        if (Profile is null)
        {
            return false;
        }
        Matches = await matches.ForCaseAsync(Id, ct);
        return true;
    }
}
