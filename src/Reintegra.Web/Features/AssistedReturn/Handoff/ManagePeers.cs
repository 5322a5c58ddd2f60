using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>An administrator gives peers this instance's public key and registers theirs, with where their announcements go.</summary>
public sealed class ManagePeers(AppDbContext db, InstanceKeys keys, InstanceCountry country, Checks checks, TimeProvider clock)
{
    public sealed record OwnKey(string Country, string KeyId, string PublicKeyPem);

    public sealed record PeerView(Guid Id, string CountryCode, string Name, string? BaseUrl, string KeyId, string PublicKeyPem,
        Guid ReceptionInstitutionId, Guid ChildProtectionInstitutionId, bool IsActive, int Version);

    public sealed class PeerInput
    {
        public string? Name { get; set; }

        public string? BaseUrl { get; set; }

        public string? PublicKeyPem { get; set; }

        public Guid? ReceptionInstitutionId { get; set; }

        public Guid? ChildProtectionInstitutionId { get; set; }

        public bool? IsActive { get; set; }

        /// <summary>Required when changing a registered peer.</summary>
        public int? Version { get; set; }
    }

    public async Task<OwnKey> OwnKeyAsync(CancellationToken ct)
    {
        var key = await keys.CurrentAsync(ct);
        return new OwnKey(await country.GetAsync(ct), key.KeyId, key.PublicKeyPem);
    }

    public Task<List<PeerView>> ListAsync(CancellationToken ct) =>
        db.PeerInstances.AsNoTracking().OrderBy(p => p.CountryCode).Select(p => new PeerView(p.Id, p.CountryCode, p.Name, p.BaseUrl, p.KeyId, p.PublicKeyPem,
            p.ReceptionInstitutionId, p.ChildProtectionInstitutionId, p.IsActive, p.Version)).ToListAsync(ct);

    public async Task<PeerView> SaveAsync(string countryCode, PeerInput input, CancellationToken ct)
    {
        var code = countryCode.Trim().ToUpperInvariant();
        checks.Country("countryCode", code, required: true);
        if (string.Equals(code, await country.GetAsync(ct), StringComparison.Ordinal))
        {
            checks.Add("countryCode", "Handoff.PeerIsThisInstance");
        }
        checks.Text("name", input.Name, 200, required: true);
        checks.Text("baseUrl", input.BaseUrl, 300);
        if (!string.IsNullOrWhiteSpace(input.BaseUrl)
            && !(Uri.TryCreate(input.BaseUrl.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            checks.Add("baseUrl", "Handoff.BadAddress");
        }
        var keyId = checks.Text("publicKeyPem", input.PublicKeyPem, 1000, required: true) ? HandoffPackage.KeyIdOf(input.PublicKeyPem!) : null;
        if (keyId is null && !checks.HasError("publicKeyPem"))
        {
            checks.Add("publicKeyPem", "Handoff.BadKey");
        }
        await InstitutionAsync("receptionInstitutionId", input.ReceptionInstitutionId, InstitutionKind.ReceptionCentre, ct);
        await InstitutionAsync("childProtectionInstitutionId", input.ChildProtectionInstitutionId, InstitutionKind.ChildProtectionAuthority, ct);
        var peer = await db.PeerInstances.FirstOrDefaultAsync(p => p.CountryCode == code, ct);
        if (peer is not null)
        {
            checks.Required("version", input.Version);
        }
        checks.ThrowIfInvalid();
        if (peer is null)
        {
            peer = new PeerInstance(code, clock.GetUtcNow().UtcDateTime);
            db.PeerInstances.Add(peer);
        }
        else
        {
            db.Entry(peer).Property(p => p.Version).OriginalValue = input.Version!.Value;
        }
        peer.Update(input.Name!, input.BaseUrl, input.PublicKeyPem!, keyId!, input.ReceptionInstitutionId!.Value, input.ChildProtectionInstitutionId!.Value, input.IsActive ?? true);
        await db.SaveChangesAsync(ct);
        return new PeerView(peer.Id, peer.CountryCode, peer.Name, peer.BaseUrl, peer.KeyId, peer.PublicKeyPem, peer.ReceptionInstitutionId, peer.ChildProtectionInstitutionId, peer.IsActive, peer.Version);
    }

    private async Task InstitutionAsync(string field, Guid? id, InstitutionKind kind, CancellationToken ct)
    {
        if (checks.Required(field, id) && !await db.Institutions.AnyAsync(i => i.Id == id && i.Kind == kind && i.IsActive, ct))
        {
            checks.Add(field, "Validation.UnknownOption");
        }
    }
}
