using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// The signed package that carries one message between instances, by API call or as a file:
/// <c>{ format, keyId, payload, signature }</c>, where <c>payload</c> is the message's JSON in base64 and
/// <c>signature</c> is the ECDSA P-256 / SHA-256 signature of exactly those bytes. Signing the bytes (not a
/// re-serialised object) means nothing is lost or reordered between signing and verifying.
/// </summary>
public static class HandoffPackage
{
    public const string Format = "reintegra-handoff/1";

    public const string Announce = "announce";

    public const string Received = "received";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public sealed record Envelope(string? Format, string? KeyId, string? Payload, string? Signature);

    /// <summary>The message inside the envelope: who sends it to whom, when, and what it carries.</summary>
    public sealed record Message(Guid Id, string Kind, string From, string To, DateTime IssuedAt, JsonElement Body);

    public static string Sign(Message message, string keyId, byte[] pkcs8PrivateKey)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        using var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8PrivateKey, out _);
        var signature = key.SignData(payload, HashAlgorithmName.SHA256);
        return JsonSerializer.Serialize(new Envelope(Format, keyId, Convert.ToBase64String(payload), Convert.ToBase64String(signature)), Json);
    }

    /// <summary>Reads an envelope without trusting it: null when it is not one.</summary>
    public static Envelope? ReadEnvelope(string text)
    {
        try
        {
            var e = JsonSerializer.Deserialize<Envelope>(text, Json);
            return e is { Format: Format, KeyId.Length: > 0 and <= 64, Payload.Length: > 0, Signature.Length: > 0 } ? e : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The message, only if the signature over its bytes is valid for the public key.</summary>
    public static Message? Verify(Envelope envelope, string publicKeyPem)
    {
        byte[] payload, signature;
        try
        {
            payload = Convert.FromBase64String(envelope.Payload!);
            signature = Convert.FromBase64String(envelope.Signature!);
        }
        catch (FormatException)
        {
            return null;
        }
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        if (!key.VerifyData(payload, signature, HashAlgorithmName.SHA256))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Message>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A public key's fingerprint: the first 16 bytes of the SHA-256 of its SubjectPublicKeyInfo, in hex.</summary>
    public static string? KeyIdOf(string publicKeyPem)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(publicKeyPem);
            if (key.KeySize != 256)
            {
                return null;
            }
            return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())[..16]);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return null;
        }
    }
}
