using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// This instance's signing key, made on first use. If two first uses race, both keys are stored and the oldest is the
/// one used and published, so the instance always signs with the key its peers were given.
/// </summary>
public sealed class InstanceKeys(AppDbContext db, TimeProvider clock)
{
    public async Task<InstanceKey> CurrentAsync(CancellationToken ct)
    {
        if (await OldestAsync(ct) is { } key)
        {
            return key;
        }
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportSubjectPublicKeyInfoPem();
        var made = new InstanceKey(HandoffPackage.KeyIdOf(pem)!, pem, Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()), clock.GetUtcNow().UtcDateTime);
        db.InstanceKeys.Add(made);
        await db.SaveChangesAsync(ct);
        return (await OldestAsync(ct))!;
    }

    private Task<InstanceKey?> OldestAsync(CancellationToken ct) =>
        db.InstanceKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.KeyId).FirstOrDefaultAsync(ct);
}
