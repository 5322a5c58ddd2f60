namespace Reintegra.Web.Domain;

/// <summary>
/// Another country's instance this one exchanges hand-off messages with: where to deliver them, the public key its
/// messages must be signed with, and who in this country receives what it announces. Registered by an administrator
/// after the two instances exchanged public keys.
/// </summary>
public sealed class PeerInstance : IVersioned, IAudited
{
    private PeerInstance()
    {
    }

    public PeerInstance(string countryCode, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CountryCode = countryCode.ToUpperInvariant();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of the country the peer instance serves; one peer per country.</summary>
    public string CountryCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Base address of the peer; its inbox is <c>/api/v1/handoffs/inbox</c> under it. Empty: exchange by file only.</summary>
    public string? BaseUrl { get; private set; }

    public string PublicKeyPem { get; private set; } = "";

    /// <summary>Fingerprint of the public key, sent with every message so the receiver knows which key to verify with.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>The reception centre of this instance that arrivals announced by this peer are routed to.</summary>
    public Guid ReceptionInstitutionId { get; private set; }

    /// <summary>The child-protection authority told in advance when a child is announced.</summary>
    public Guid ChildProtectionInstitutionId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    public void Update(string name, string? baseUrl, string publicKeyPem, string keyId, Guid reception, Guid childProtection, bool active)
    {
        Name = name.Trim();
        BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.Trim().TrimEnd('/');
        PublicKeyPem = publicKeyPem.Trim();
        KeyId = keyId;
        ReceptionInstitutionId = reception;
        ChildProtectionInstitutionId = childProtection;
        IsActive = active;
    }
}

/// <summary>This instance's signing key (ECDSA P-256). The public half is given to peers; the private half never leaves the instance.</summary>
public sealed class InstanceKey
{
    private InstanceKey()
    {
    }

    public InstanceKey(string keyId, string publicKeyPem, string privateKey, DateTime now)
    {
        KeyId = keyId;
        PublicKeyPem = publicKeyPem;
        PrivateKey = privateKey;
        CreatedAt = now;
    }

    public string KeyId { get; private set; } = "";

    public string PublicKeyPem { get; private set; } = "";

    /// <summary>PKCS#8, base64.</summary>
    public string PrivateKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}

public enum HandoffDirection
{
    Outgoing = 1,
    Incoming = 2,
}

public enum HandoffStatus
{
    /// <summary>Outgoing, not yet accepted by the peer (delivery can be tried again, or the file carried over).</summary>
    Pending = 1,

    /// <summary>Outgoing, accepted by the peer.</summary>
    Delivered = 2,

    /// <summary>Outgoing, refused by the peer: not tried again.</summary>
    Rejected = 3,

    /// <summary>Incoming, verified and applied.</summary>
    Imported = 4,
}

/// <summary>
/// One signed message between instances, kept in an outbox (to deliver, or to download as a file) or an inbox (so that
/// a message that comes twice is refused as a replay). An incoming message keeps no content: what it carried is applied.
/// </summary>
public sealed class HandoffMessage
{
    public const int MaxEnvelopeLength = 200_000;

    private HandoffMessage()
    {
    }

    public HandoffMessage(Guid id, HandoffDirection direction, string peerCountry, string kind, Guid subjectId, string subject, string? envelope, DateTime now)
    {
        Id = id;
        Direction = direction;
        PeerCountry = peerCountry;
        Kind = kind;
        SubjectId = subjectId;
        Subject = subject;
        Envelope = envelope;
        CreatedAt = now;
        Status = direction == HandoffDirection.Outgoing ? HandoffStatus.Pending : HandoffStatus.Imported;
        CompletedAt = direction == HandoffDirection.Incoming ? now : null;
    }

    public Guid Id { get; private set; }

    public HandoffDirection Direction { get; private set; }

    public string PeerCountry { get; private set; } = "";

    public string Kind { get; private set; } = "";

    /// <summary>The request (sending side) the message is about.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>What the message is about, without personal data (a request reference).</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The signed package of an outgoing message, kept so it can be delivered again or downloaded.</summary>
    public string? Envelope { get; private set; }

    public HandoffStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    /// <summary>An HTTP status or an error code, never the content.</summary>
    public string? LastError { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public void Attempted(DateTime now, HandoffStatus outcome, string? error)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = error is { Length: > 300 } ? error[..300] : error;
        Status = outcome;
        if (outcome is HandoffStatus.Delivered or HandoffStatus.Rejected)
        {
            CompletedAt = now;
        }
    }
}
