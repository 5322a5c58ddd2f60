using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>The rules of the signed package and of what an announcement keeps, without a database.</summary>
public class HandoffRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_package_verifies_only_with_the_signers_public_key_and_only_unchanged()
    {
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = signer.ExportSubjectPublicKeyInfoPem();
        var keyId = HandoffPackage.KeyIdOf(pem)!;
        var message = new HandoffPackage.Message(Guid.CreateVersion7(), HandoffPackage.Received, "GT", "MX", Now, JsonSerializer.SerializeToElement(new { reference = "RVA-2026-1" }));
        var text = HandoffPackage.Sign(message, keyId, signer.ExportPkcs8PrivateKey());

        var envelope = HandoffPackage.ReadEnvelope(text)!;
        Assert.Equal(keyId, envelope.KeyId);
        Assert.Equal(message.Id, HandoffPackage.Verify(envelope, pem)!.Id);
        Assert.Null(HandoffPackage.Verify(envelope, other.ExportSubjectPublicKeyInfoPem()));

        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(envelope.Payload!)).Replace("RVA-2026-1", "RVA-2026-2", StringComparison.Ordinal);
        Assert.Null(HandoffPackage.Verify(envelope with { Payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)) }, pem));
        Assert.Null(HandoffPackage.Verify(envelope with { Signature = "not base64!" }, pem));
        Assert.Null(HandoffPackage.ReadEnvelope("""{"format":"reintegra-handoff/2","keyId":"a","payload":"a","signature":"a"}"""));
        Assert.Null(HandoffPackage.ReadEnvelope("[1,2"));
    }

    [Fact]
    public void Only_p256_public_keys_are_accepted_as_a_peers_key()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);
        Assert.Null(HandoffPackage.KeyIdOf(p384.ExportSubjectPublicKeyInfoPem()));
        Assert.Null(HandoffPackage.KeyIdOf(rsa.ExportSubjectPublicKeyInfoPem()));
        Assert.Null(HandoffPackage.KeyIdOf("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Equal(32, HandoffPackage.KeyIdOf(p256.ExportSubjectPublicKeyInfoPem())!.Length);
    }

    [Fact]
    public void An_announcement_keeps_only_what_the_consent_allows_and_notifies_child_protection_only_for_a_child()
    {
        var adult = new AnnouncedReturn("MX", Guid.NewGuid(), "RVA-2026-1", Guid.NewGuid(), Now);
        adult.Announce(Announcement(new DateOnly(1950, 4, 2), ConsentShare.HealthDetails), Guid.NewGuid(), Now);
        Assert.Null(adult.Vulnerabilities);
        Assert.Equal("Hipertensión", adult.HealthNotes);
        Assert.Null(adult.SensitiveFlags);
        Assert.Null(adult.ChildProtectionInstitutionId);

        var authority = Guid.NewGuid();
        var child = new AnnouncedReturn("MX", Guid.NewGuid(), "RVA-2026-2", Guid.NewGuid(), Now);
        child.Announce(Announcement(new DateOnly(2011, 6, 10), ConsentShare.Vulnerabilities | ConsentShare.ProtectionFlags), authority, Now);
        Assert.Equal(Vulnerability.Disability, child.Vulnerabilities);
        Assert.Null(child.HealthNotes);
        Assert.Equal(SensitiveFlag.SurvivorOfViolence, child.SensitiveFlags);
        Assert.Equal(authority, child.ChildProtectionInstitutionId);

        child.MarkReceived(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.Equal("Handoff.AlreadyReceived", Assert.Throws<DomainException>(() => child.MarkReceived(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now)).Code);
        Assert.Equal("Handoff.AlreadyReceived", Assert.Throws<DomainException>(() => child.Announce(Announcement(new DateOnly(2011, 6, 10), ConsentShare.None), authority, Now)).Code);
    }

    private static Announcement Announcement(DateOnly birth, ConsentShare shares) => new(
        "Rosa", "Tzul", null, Sex.Female, birth, null, "GT", null, null, null, null, "spa", "GT13", null, "GT13", null, null,
        ReturnMode.Air, Now.AddHours(1), Now.AddHours(4), "AM 650", "La Aurora", false, null, null,
        ConsentGiver.Person, null, null, shares, Vulnerability.Disability, "Hipertensión", SensitiveFlag.SurvivorOfViolence,
        "[]", "[]", "Consulado", "OIM");
}
