using System.Globalization;

namespace Gyoryu.Web.Features.Discovery.Import;

/// <summary>The checks an uploaded list must pass before a job starts: present, a .csv, not empty, not too big.</summary>
public static class TwinImportUpload
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Why the upload is refused, in the current UI culture; null when it may be imported.</summary>
    public static string? Refusal(IFormFile? file)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        if (file is null)
        {
            return english ? "Choose a CSV file to import." : "가져올 CSV 파일을 선택하세요.";
        }

        if (!string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return english ? "Only .csv files can be imported." : ".csv 파일만 가져올 수 있습니다.";
        }

        if (file.Length == 0)
        {
            return english ? "The file is empty." : "빈 파일입니다.";
        }

        return file.Length > MaxBytes
            ? english ? $"The file is larger than {MaxBytes / 1024 / 1024} MB." : $"파일이 {MaxBytes / 1024 / 1024}MB보다 큽니다."
            : null;
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
