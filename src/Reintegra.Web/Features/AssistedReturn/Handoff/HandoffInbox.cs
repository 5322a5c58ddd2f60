using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// Takes a signed package from a peer instance (its API call, or a file imported by reception) and applies it once:
/// the sender must be a registered, active peer whose key signed exactly these bytes; the message must be addressed
/// to this instance, recent, and not seen before. Anything else is refused with a stable code and changes nothing.
/// </summary>
public sealed class HandoffInbox(AppDbContext db, InstanceCountry country, TimeProvider clock, AuditLog audit, ILogger<HandoffInbox> log)
{
    /// <summary>How old a package may be: long enough for a file carried over while the link is down.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Clocks of two instances differ a little.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public sealed record Result(Guid MessageId, string Kind, string From, Guid? AnnouncedReturnId);

    public async Task<Result> ReceiveAsync(string text, CancellationToken ct)
    {
        if (text.Length > HandoffMessage.MaxEnvelopeLength || HandoffPackage.ReadEnvelope(text) is not { } envelope)
        {
            throw Refused("Handoff.Malformed");
        }
        var peer = await db.PeerInstances.AsNoTracking().FirstOrDefaultAsync(p => p.KeyId == envelope.KeyId && p.IsActive, ct)
            ?? throw Refused("Handoff.UnknownSender");
        var message = HandoffPackage.Verify(envelope, peer.PublicKeyPem) ?? throw Refused("Handoff.BadSignature");
        if (!string.Equals(message.From, peer.CountryCode, StringComparison.Ordinal))
        {
            throw Refused("Handoff.UnknownSender");
        }
        if (!string.Equals(message.To, await country.GetAsync(ct), StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("Handoff.NotForThisInstance");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (message.IssuedAt > now + ClockSkew || message.IssuedAt < now - MaxAge)
        {
            throw Refused("Handoff.Expired");
        }
        if (await db.HandoffMessages.AnyAsync(m => m.Id == message.Id && m.Direction == HandoffDirection.Incoming, ct))
        {
            throw Refused("Handoff.Replay");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (subjectId, subject, announced) = message.Kind switch
        {
            HandoffPackage.Announce => await AnnounceAsync(peer, Body<AnnounceBody>(message), now, ct),
            HandoffPackage.Received => await ReceivedAsync(peer, Body<ReceivedBody>(message), now, ct),
            _ => throw Refused("Handoff.Malformed"),
        };
        db.HandoffMessages.Add(new HandoffMessage(message.Id, HandoffDirection.Incoming, peer.CountryCode, message.Kind, subjectId, subject, null, now));
        audit.Add(AuditActions.Imported, nameof(HandoffMessage), message.Id.ToString(), null, $"{message.Kind};from={peer.CountryCode}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            if (await SeenElsewhereAsync(message.Id, ct))
            {
                // The same message applied by a concurrent delivery.
                throw Refused("Handoff.Replay");
            }
            throw;
        }
        await tx.CommitAsync(ct);
        log.LogInformation("Hand-off message {MessageId} ({Kind}) from {Country} applied", message.Id, message.Kind, peer.CountryCode);
        return new Result(message.Id, message.Kind, peer.CountryCode, announced);
    }

    private async Task<bool> SeenElsewhereAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.HandoffMessages.AnyAsync(m => m.Id == id && m.Direction == HandoffDirection.Incoming, ct);
    }

    private async Task<(Guid, string, Guid?)> AnnounceAsync(PeerInstance peer, AnnounceBody b, DateTime now, CancellationToken ct)
    {
        if (!IsValid(b))
        {
            throw Refused("Handoff.Malformed");
        }
        var announced = await db.AnnouncedReturns.FirstOrDefaultAsync(a => a.SourceCountry == peer.CountryCode && a.SourceRequestId == b.RequestId, ct);
        if (announced is null)
        {
            announced = new AnnouncedReturn(peer.CountryCode, b.RequestId, b.Reference, peer.ReceptionInstitutionId, now);
            db.AnnouncedReturns.Add(announced);
        }
        announced.Announce(new Announcement(
            b.GivenNames.Trim(), b.FirstSurname.Trim(), Clean(b.SecondSurname), b.Sex, b.BirthDate, b.BirthYear, b.Nationality.ToUpperInvariant(),
            b.DocumentType, Clean(b.DocumentNumber), b.DocumentCountry?.ToUpperInvariant(), Clean(b.Phone), string.Join(',', b.Languages),
            b.OriginAdm1?.ToUpperInvariant(), b.OriginAdm2?.ToUpperInvariant(), b.DestinationAdm1.ToUpperInvariant(), b.DestinationAdm2?.ToUpperInvariant(), b.ChildStatus,
            b.Mode, b.DepartureAt, b.ExpectedArrivalAt, Clean(b.Itinerary), Clean(b.PointOfEntry), b.EscortRequired, Clean(b.EscortName), Clean(b.EscortNeeds),
            b.ConsentGiver, Clean(b.ConsentProxyName), Clean(b.ConsentProxyRelationship), b.ConsentShares,
            b.Vulnerabilities, Clean(b.HealthNotes), b.SensitiveFlags,
            JsonSerializer.Serialize(b.Family, HandoffPackage.Json), JsonSerializer.Serialize(b.History, HandoffPackage.Json), b.RequestedBy.Trim(), b.ProcessedBy.Trim()),
            peer.ChildProtectionInstitutionId, now);
        return (b.RequestId, b.Reference, announced.Id);
    }

    private async Task<(Guid, string, Guid?)> ReceivedAsync(PeerInstance peer, ReceivedBody b, DateTime now, CancellationToken ct)
    {
        if (!Fits(b.Reference, 40, true) || !Fits(b.ReceivedBy, 200, true))
        {
            throw Refused("Handoff.Malformed");
        }
        // Only a request this instance announced to that country can be reported received by it.
        var announcedThere = await db.HandoffMessages.AnyAsync(m => m.SubjectId == b.RequestId && m.Direction == HandoffDirection.Outgoing
            && m.Kind == HandoffPackage.Announce && m.PeerCountry == peer.CountryCode, ct);
        var request = announcedThere ? await db.AvrRequests.FirstOrDefaultAsync(r => r.Id == b.RequestId && r.ReturnCountryCode == peer.CountryCode, ct) : null;
        if (request is null)
        {
            throw Refused("Handoff.UnknownRequest");
        }
        var at = b.ReceivedAt > now + ClockSkew ? now : b.ReceivedAt;
        var by = $"{b.ReceivedBy.Trim()} ({peer.CountryCode})";
        request.MarkReceived(at, by, new AvrActor(null, null, by), now);
        return (request.Id, request.Reference, null);
    }

    private static T Body<T>(HandoffPackage.Message m)
    {
        try
        {
            return m.Body.Deserialize<T>(HandoffPackage.Json) ?? throw Refused("Handoff.Malformed");
        }
        catch (JsonException)
        {
            throw Refused("Handoff.Malformed");
        }
    }

    /// <summary>The peer is trusted to be who it is, not to send well-formed data: the same limits as the columns.</summary>
    private static bool IsValid(AnnounceBody b) =>
        b.RequestId != Guid.Empty && Fits(b.Reference, 40, true) && Fits(b.RequestedBy, 200, true) && Fits(b.ProcessedBy, 200, true)
        && Fits(b.GivenNames, 100, true) && Fits(b.FirstSurname, 100, true) && Fits(b.SecondSurname, 100, false)
        && Enum.IsDefined(b.Sex) && Countries.Default.Find(b.Nationality ?? "") is not null
        && (b.BirthDate is not null || b.BirthYear is null or (> 1900 and < 2100))
        && (b.DocumentType is null || (Enum.IsDefined(b.DocumentType.Value) && Fits(b.DocumentNumber, 40, true)))
        && (b.DocumentCountry is null || Countries.Default.Find(b.DocumentCountry) is not null)
        && Fits(b.Phone, 25, false) && b.Languages is { Count: <= 10 } && b.Languages.All(l => l is { Length: 3 })
        && Fits(b.OriginAdm1, 10, false) && Fits(b.OriginAdm2, 10, false) && Fits(b.DestinationAdm1, 10, true) && Fits(b.DestinationAdm2, 10, false)
        && (b.ChildStatus is null || Enum.IsDefined(b.ChildStatus.Value)) && Enum.IsDefined(b.Mode) && Enum.IsDefined(b.ConsentGiver)
        && b.ExpectedArrivalAt >= b.DepartureAt
        && Fits(b.Itinerary, 500, false) && Fits(b.PointOfEntry, 150, false) && Fits(b.EscortName, 200, false) && Fits(b.EscortNeeds, 500, false)
        && Fits(b.ConsentProxyName, 200, false) && Fits(b.ConsentProxyRelationship, 100, false) && Fits(b.HealthNotes, 2000, false)
        && b.Family is { Count: <= AvrRequest.MaxFamily } && b.Family.All(f => Fits(f.Name, 300, true))
        && b.History is { Count: <= 200 };

    private static bool Fits(string? s, int max, bool required) => s is null ? !required : s.Length <= max && (!required || !string.IsNullOrWhiteSpace(s));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DomainException Refused(string code) => new(code);
}
