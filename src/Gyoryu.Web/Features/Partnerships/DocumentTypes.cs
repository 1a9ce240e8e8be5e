using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Web.Features.Partnerships;

/// <summary>Accepts PDF, images and HWP by their content, not by the name or the browser's claim.</summary>
public static class DocumentTypes
{
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.hwp,.hwpx";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static DocumentKind Check(string fileName, byte[] content, long maxBytes)
    {
        if (content.Length == 0)
        {
            throw Refused("document.empty", "빈 파일은 올릴 수 없습니다.", "The file is empty.");
        }

        if (content.LongLength > maxBytes)
        {
            throw Refused("document.too-large", $"파일이 너무 큽니다. {SizeLabel(maxBytes)} 이하만 올릴 수 있습니다.",
                $"The file is too large; the limit is {SizeLabel(maxBytes)}.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        DocumentKind? kind = extension switch
        {
            ".pdf" when content.AsSpan().StartsWith(Pdf) => DocumentKind.Pdf,
            ".png" when content.AsSpan().StartsWith(Png) => DocumentKind.Image,
            ".jpg" or ".jpeg" when content.AsSpan().StartsWith(Jpeg) => DocumentKind.Image,
            ".hwp" when content.AsSpan().StartsWith(OleCompound) => DocumentKind.Hwp,
            ".hwpx" when content.AsSpan().StartsWith(Zip) => DocumentKind.Hwp,
            _ => null,
        };
        return kind ?? throw Refused("document.type", "PDF, 이미지(PNG·JPG) 또는 한글(HWP·HWPX) 파일만 올릴 수 있습니다. 파일 내용이 확장자와 맞지 않습니다.",
            "Only PDF, image (PNG, JPG) or HWP files are accepted, and the content must match the extension.");
    }

    /// <summary>"20MB", "512KB" or "900B": the limit as an officer reads it, never rounded down to "0MB".</summary>
    public static string SizeLabel(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)}MB",
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#}MB"),
        >= 1024 => $"{bytes / 1024}KB",
        _ => $"{bytes}B",
    };

    public static string ContentType(DocumentKind kind, string fileName) => (kind, Path.GetExtension(fileName).ToLowerInvariant()) switch
    {
        (DocumentKind.Pdf, _) => "application/pdf",
        (DocumentKind.Image, ".png") => "image/png",
        (DocumentKind.Image, _) => "image/jpeg",
        (DocumentKind.Hwp, ".hwpx") => "application/hwp+zip",
        _ => "application/x-hwp",
    };

    private static DomainRuleException Refused(string rule, string korean, string english) => new(rule, korean, english, "File");
}
