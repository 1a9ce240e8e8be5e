namespace Gyoryu.Web.Data;

/// <summary>The bytes of an uploaded document, kept apart from its metadata and addressed by checksum.</summary>
public sealed class DocumentContent
{
    public required string Sha256 { get; init; }

    public required byte[] Bytes { get; init; }
}
