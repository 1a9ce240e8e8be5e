using System.Text;
using Gyoryu.Domain.Discovery.Network;

namespace Gyoryu.Web.Features.Discovery.Import;

/// <summary>
/// Turns an uploaded file into text, or says in the officer's terms why it cannot: a spreadsheet or picture instead of a CSV, NUL
/// bytes (UTF-16 or binary), a file cut off inside a character, or bytes that are neither UTF-8 nor the CP949 Korean Excel saves CSV in.
/// </summary>
internal static class TwinListBytes
{
    private static readonly (byte[] Magic, string Korean, string English)[] Signatures =
    [
        ("PK\x03\x04"u8.ToArray(), "엑셀 통합 문서(.xlsx) 또는 ZIP 압축 파일", "an Excel workbook (.xlsx) or a ZIP archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "엑셀 97-2003 통합 문서(.xls)", "an Excel 97-2003 workbook (.xls)"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG 그림", "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG 그림", "a JPEG image"),
        ("GIF8"u8.ToArray(), "GIF 그림", "a GIF image"),
        ("%PDF"u8.ToArray(), "PDF 문서", "a PDF document"),
    ];

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Cp949 = CodePagesEncodingProvider.Instance.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static string? Decode(byte[] content, out TwinListError? error)
    {
        error = null;
        if (Signatures.FirstOrDefault(s => content.AsSpan().StartsWith(s.Magic)) is { Magic: not null } kind)
        {
            error = new TwinListError(
                1, "twin-list.not-text",
                $"CSV 파일이 아니라 {kind.Korean}입니다. 엑셀에서 'CSV UTF-8(쉼표로 분리)' 형식으로 저장해 올리세요.",
                $"This is not a CSV file but {kind.English}. Save it from Excel as 'CSV UTF-8 (Comma delimited)' and upload that.");
            return null;
        }

        if (content.AsSpan().IndexOf((byte)0) is var nul and >= 0)
        {
            var line = LineAt(content, nul);
            error = new TwinListError(
                line, "twin-list.nul",
                $"{line}번째 줄에 NUL 문자(0x00)가 있습니다. 텍스트 CSV가 아니거나 UTF-16으로 저장된 파일입니다. UTF-8 CSV로 저장해 올리세요.",
                $"Line {line} contains a NUL character (0x00): the file is not a text CSV, or it is saved as UTF-16. Save it as a UTF-8 CSV and upload that.");
            return null;
        }

        if (TryDecode(Utf8, content) is { } utf8)
        {
            return utf8;
        }

        if (CutInsideCharacter(content))
        {
            var line = LineAt(content, content.Length);
            error = new TwinListError(
                line, "twin-list.truncated",
                $"{line}번째 줄: 파일이 글자 중간에서 끝납니다. 파일이 잘리지 않았는지 확인한 뒤 다시 올리세요.",
                $"Line {line}: the file ends in the middle of a character. Check that the file is complete and upload it again.");
            return null;
        }

        // Korean Excel saves "CSV (쉼표로 분리)" in CP949; read it as such when it decodes cleanly into Korean text.
        if (TryDecode(Cp949, content) is { } korean && korean.All(c => c < 0x80 || IsKoreanText(c)))
        {
            return korean;
        }

        error = NotUtf8(content);
        return null;
    }

    private static string? TryDecode(Encoding encoding, byte[] content)
    {
        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 but for an unfinished multi-byte character at the very end: the upload or the copy was cut short.</summary>
    private static bool CutInsideCharacter(byte[] content)
    {
        for (var cut = 1; cut <= Math.Min(3, content.Length); cut++)
        {
            if (content[^cut] >= 0xC0)
            {
                return TryDecode(Utf8, content[..^cut]) is not null;
            }

            if (content[^cut] < 0x80)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsKoreanText(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u3130' and <= '\u318F') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F')
            or (>= '\uFF01' and <= '\uFF5E') or '\u00B7' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026';

    private static TwinListError NotUtf8(byte[] content)
    {
        var decoder = Utf8.GetDecoder();
        var chars = new char[4];
        var at = content.Length;
        for (var i = 0; i < content.Length; i++)
        {
            try
            {
                decoder.GetChars(content, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                at = i;
                break;
            }
        }

        var line = LineAt(content, at);
        return new TwinListError(
            line, "twin-list.encoding",
            $"{line}번째 줄: UTF-8로도 한글 엑셀의 CP949로도 읽을 수 없는 글자가 있습니다. 파일을 UTF-8로 저장해 다시 올리세요.",
            $"Line {line}: there are bytes that are neither UTF-8 nor the CP949 Korean Excel uses. Save the file as UTF-8 and upload it again.");
    }

    private static int LineAt(byte[] content, int index) => 1 + content.AsSpan(0, index).Count((byte)'\n');
}
