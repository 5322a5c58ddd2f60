using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>The employer's vacancies and the form to publish one.</summary>
[Authorize(Policy = Policies.PublishVacancies)]
public sealed class VacanciesModel(ManageVacancies vacancies, IStringLocalizer<EmploymentText> text) : AppPageModel
{
    public ManageVacancies.Input Input { get; private set; } = new();

    public IReadOnlyList<ManageVacancies.Summary> Mine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new ManageVacancies.Input { Places = 1, MinYears = 0 };
        Mine = await vacancies.ListMineAsync(1, ct);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] ManageVacancies.Input input, CancellationToken ct)
    {
        Input = input;
        input.Skills = Lines(input.Skills);
        Guid id = default;
        if (await RunAsync(async () => id = await vacancies.CreateAsync(input, ct)))
        {
            TempData["Flash"] = text["Vacancy.Published"].Value;
            return Redirect($"/Employment/Vacancies/{id}");
        }
        Mine = await vacancies.ListMineAsync(1, ct);
        return Page();
    }

    /// <summary>A textarea sends one value; each non-empty line is one skill.</summary>
    internal static List<string> Lines(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split('\n')).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}
