using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>Open vacancies of every employer, for case workers.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class OpeningsModel(ManageVacancies vacancies) : AppPageModel
{
    public IReadOnlyList<ManageVacancies.Summary> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Open = await vacancies.ListOpenAsync(1, ct);
}
