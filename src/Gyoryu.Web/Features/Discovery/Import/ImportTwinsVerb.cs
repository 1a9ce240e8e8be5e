using System.Diagnostics;
using System.Globalization;
using Gyoryu.Web.Infrastructure.Audit;
using Gyoryu.Web.Infrastructure.CommandLine;

namespace Gyoryu.Web.Features.Discovery.Import;

/// <summary>
/// `import-twins file.csv [--lang en]`: imports a twin-town list. Progress goes to standard error, the summary and the unmatched rows to
/// standard output. Exit code 0 when imported (or imported already), 1 when the file is malformed, 2 on a wrong invocation.
/// </summary>
public sealed class ImportTwinsVerb : ICommandLineVerb
{
    public string Name => "import-twins";

    public string Usage => "import-twins <file.csv> [--lang ko|en]";

    public async Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var english = (arguments.Option("lang") ?? "ko") switch
        {
            "ko" => false,
            "en" => true,
            var other => throw new CommandLineUsageException($"--lang must be ko or en, not '{other}'."),
        };
        arguments.RejectUnknownOptions();
        var path = arguments.Positional switch
        {
            [var one] => one,
            [] => throw new CommandLineUsageException(english ? "Name the file to import." : "가져올 파일을 지정하세요."),
            _ => throw new CommandLineUsageException(english ? "Name one file only." : "파일은 하나만 지정하세요."),
        };
        if (!File.Exists(path))
        {
            throw new CommandLineUsageException(english ? $"No such file: {path}" : $"파일이 없습니다: {path}");
        }

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(english ? "en-US" : "ko-KR");
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var importer = services.GetRequiredService<TwinImporter>();
            var progress = new ProgressLine(error);
            var importedBy = english ? $"command line ({Environment.UserName})" : $"명령줄({Environment.UserName})";
            using var audit = AuditScope.ActAs(new AuditActor(importedBy, null, null));
            var result = await importer.ImportAsync(content, path, importedBy, progress, cancellationToken);
            progress.End();
            await WriteAsync(result, english, output);
            return result.Kind == TwinImportResultKind.Malformed ? 1 : 0;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task WriteAsync(TwinImportResult result, bool english, TextWriter output)
    {
        var state = result.Kind switch
        {
            TwinImportResultKind.Imported => TwinImportJobState.Succeeded,
            TwinImportResultKind.AlreadyImported => TwinImportJobState.AlreadyImported,
            _ => TwinImportJobState.Malformed,
        };
        await output.WriteLineAsync(TwinImportText.State(state));
        if (result.Kind == TwinImportResultKind.Malformed)
        {
            foreach (var e in result.Errors)
            {
                await output.WriteLineAsync(TwinImportText.Error(e));
            }

            return;
        }

        var n = (int value) => value.ToString("N0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(english
            ? $"import {result.ImportId}: {n(result.Rows)} rows, {n(result.LinksAdded)} links added, {n(result.LinksAlreadyKnown)} already known, {n(result.PlacesCreated)} places created, {n(result.UnmatchedRows)} rows unmatched ({result.Elapsed.TotalSeconds:0.0} s)"
            : $"가져오기 {result.ImportId}: {n(result.Rows)}행, 교류 연결 {n(result.LinksAdded)}건 추가, {n(result.LinksAlreadyKnown)}건 이미 있음, 장소 {n(result.PlacesCreated)}곳 생성, 맞추지 못한 행 {n(result.UnmatchedRows)}건 ({result.Elapsed.TotalSeconds:0.0}초)");
        foreach (var u in result.Unmatched)
        {
            await output.WriteLineAsync(english
                ? $"line {u.Line} (city{u.Side}) {u.Name}, {u.Country}: {u.English}"
                : $"{u.Line}번째 줄 (city{u.Side}) {u.Name}, {u.Country}: {u.Korean}");
        }
    }

    /// <summary>Writes "stage processed/total" to standard error at most every quarter second, synchronously so lines never arrive out of order.</summary>
    private sealed class ProgressLine(TextWriter error) : IProgress<TwinImportProgress>
    {
        private readonly Stopwatch since = Stopwatch.StartNew();
        private TwinImportStage? stage;

        public void Report(TwinImportProgress value)
        {
            if (value.Stage == stage && since.ElapsedMilliseconds < 250)
            {
                return;
            }

            stage = value.Stage;
            since.Restart();
            error.WriteLine(value.Total > 0
                ? $"{TwinImportText.Stage(value.Stage)} {value.Processed:N0}/{value.Total:N0}"
                : TwinImportText.Stage(value.Stage));
        }

        public void End() => error.Flush();
    }
}
