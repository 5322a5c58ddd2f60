using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;

namespace Reintegra.Web.Web;

/// <summary>The country this instance serves (set on first run): its departments are offered first in forms.</summary>
public sealed class InstanceCountry(AppDbContext db)
{
    private string? _country;

    public async Task<string> GetAsync(CancellationToken ct = default) =>
        _country ??= await db.InstanceSettings.AsNoTracking()
            .Where(s => s.Key == InstanceSetting.Country).Select(s => s.Value).FirstOrDefaultAsync(ct) ?? "GT";
}
