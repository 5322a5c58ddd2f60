using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Services;

/// <summary>The service directory: what services exist, where, and for whom.</summary>
[Authorize(Policy = Policies.ReadServices)]
public sealed class IndexModel(ServiceDirectory directory, InstanceCountry instance) : AppPageModel
{
    public ServiceDirectory.Page Results { get; private set; } = new([], 1, 0);

    public string Country { get; private set; } = "GT";

    public ServiceDirectory.Query Query { get; private set; } = new(null, null, null, null, null, null, null, null);

    public async Task OnGetAsync(string? q, ServiceCategory? category, string? pcode, int? age, Sex? sex, string? language, bool? inactive, int? page, CancellationToken ct)
    {
        Query = new ServiceDirectory.Query(q, category, pcode, age, sex, language, inactive, page);
        Results = await directory.SearchAsync(Query, ct);
        Country = await instance.GetAsync(ct);
    }
}
