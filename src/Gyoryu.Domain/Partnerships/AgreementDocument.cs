namespace Gyoryu.Domain.Partnerships;

public enum DocumentKind
{
    Pdf,
    Image,
    Hwp,
}

/// <summary>An uploaded agreement, minutes or resolution; the bytes live in their own table, found by checksum.</summary>
public sealed class AgreementDocument
{
    private AgreementDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    internal AgreementDocument(string fileName, string contentType, DocumentKind kind, long size, string sha256, string? description, Stamp stamp)
    {
        FileName = fileName;
        ContentType = contentType;
        Kind = kind;
        Size = size;
        Sha256 = sha256;
        Description = description;
        UploadedBy = stamp.By;
        UploadedAt = stamp.At;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public DocumentKind Kind { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; private set; }

    public string? Description { get; private set; }

    public string UploadedBy { get; private set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; private set; }
}
