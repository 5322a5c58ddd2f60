using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.FollowUp.Scoring;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// The scoring spec shipped with the application, read when the application starts, and the versions stored in the
/// database. The shipped file is stored the first time a survey is scored with it; a file changed without a new
/// version label is refused, so scores are never silently computed by different weights under the same name.
/// </summary>
public sealed class RssSpecs
{
    private readonly ConcurrentDictionary<Guid, RssSpec> _stored = new();

    public RssSpecs()
    {
        using var stream = typeof(RssSpec).Assembly.GetManifestResourceStream(RssSpec.ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {RssSpec.ResourceName} not found");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Bytes = copy.ToArray();
        Current = RssSpec.Parse(Bytes);
    }

    public RssSpec Current { get; }

    private byte[] Bytes { get; }

    /// <summary>The id of the stored row of the current spec, storing it first if needed.</summary>
    public async Task<Guid> CurrentIdAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var versions = db.Set<RssSpecVersion>();
        var row = await versions.AsNoTracking().Where(v => v.Sha256 == Current.Sha256).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        if (row is { } id)
        {
            return id;
        }
        if (await versions.AnyAsync(v => v.Version == Current.Version, ct))
        {
            throw new InvalidOperationException($"The RSS spec file changed but kept its version label '{Current.Version}': give it a new version.");
        }
        var stored = new RssSpecVersion(Current.Version, Current.Sha256, Encoding.UTF8.GetString(Bytes), now);
        versions.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored it at the same moment (unique hash): use theirs.
            db.Entry(stored).State = EntityState.Detached;
            return await versions.AsNoTracking().Where(v => v.Sha256 == Current.Sha256).Select(v => v.Id).FirstAsync(ct);
        }
        return stored.Id;
    }

    /// <summary>The spec a stored version holds, to show old surveys with the questions and coding they were scored by.</summary>
    public async Task<(RssSpec Spec, string Version)> StoredAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        if (!_stored.TryGetValue(id, out var spec))
        {
            var json = await db.Set<RssSpecVersion>().AsNoTracking().Where(v => v.Id == id).Select(v => v.Json).FirstAsync(ct);
            spec = _stored.GetOrAdd(id, RssSpec.Parse(Encoding.UTF8.GetBytes(json)));
        }
        return (spec, spec.Version);
    }
}
