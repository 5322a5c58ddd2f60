using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>The child-protection authority's advance notices: children another country announced, to be at reception when they arrive.</summary>
[Authorize(Policy = Policies.ChildProtectionNotices)]
public sealed class NoticesModel(AnnouncedArrivals arrivals) : AppPageModel
{
    public IReadOnlyList<AnnouncedArrivals.Notice> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await arrivals.NoticesAsync(ct);
}
