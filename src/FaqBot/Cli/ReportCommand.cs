using System.CommandLine;
using System.Globalization;
using FaqBot.Analytics;
using FaqBot.Analytics.Report;
using FaqIndex.Content;
using FaqIndex.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace FaqBot.Cli;

/// <summary>The `report` verb: what members asked in a period, from the analytics database the service writes
/// (same <c>Analytics</c> settings), as a table, CSV or one self-contained HTML file.</summary>
internal static class ReportCommand
{
    private const int DefaultDays = 30;

    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "First day (YYYY-MM-DD, Japan time). Default: 30 days before --until." };
        var until = new Option<string?>("--until") { Description = "Last day, inclusive (YYYY-MM-DD, Japan time). Default: today." };
        var format = new Option<string>("--format") { Description = "table, csv or html.", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var content = CliContent.ContentOption();
        var now = CliContent.NowOption();
        var command = new Command("report", "Analytics for editors: unanswered questions, suggested alternates, hits, feedback, daily rates.")
        {
            since, until, format, output, content, now,
        };
        command.SetAction((result, cancellationToken) =>
        {
            if (!CliContent.TryResolveClock(result.GetValue(now), out var time, out var error))
            {
                Console.Error.WriteLine("report: " + error);
                return Task.FromResult(2);
            }
            var request = new ReportRequest(result.GetValue(since), result.GetValue(until), result.GetValue(format) ?? "table",
                result.GetValue(output), CliContent.ResolveContent(result.GetValue(content)));
            return RunAsync(request, LoadConfiguration(), time, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>What the verb was asked for.</summary>
    public sealed record ReportRequest(string? Since, string? Until, string Format, string? OutputFile, string ContentRoot);

    /// <summary>Runs the verb: 0 written, 1 the database could not be read, 2 bad arguments or output file.</summary>
    public static async Task<int> RunAsync(ReportRequest request, IConfiguration configuration, TimeProvider time,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Action<TurnReport, TextWriter>? write = request.Format.ToLowerInvariant() switch
        {
            "table" => ReportTableWriter.Write,
            "csv" => ReportCsvWriter.Write,
            "html" => ReportHtmlWriter.Write,
            _ => null,
        };
        if (write is null)
        {
            error.WriteLine($"report: --format must be table, csv or html (got '{ReportText.OneLine(request.Format)}')");
            return 2;
        }
        var today = TokyoCalendar.Today(time);
        if (!TryDay(request.Until, "--until", today, error, out var until)
            || !TryDay(request.Since, "--since", until.AddDays(-(DefaultDays - 1)), error, out var since))
        {
            return 2;
        }
        if (since > until)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: --since {since:yyyy-MM-dd} is after --until {until:yyyy-MM-dd}"));
            return 2;
        }
        if (!Directory.Exists(Path.Combine(request.ContentRoot, FaqContentLoader.FaqFolder)))
        {
            error.WriteLine($"report: content folder not found: {request.ContentRoot}");
            return 2;
        }

        var options = new AnalyticsOptions();
        try
        {
            configuration.GetSection(AnalyticsOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine("report: invalid Analytics settings: " + ex.Message);
            return 2;
        }
        if (options.Provider == AnalyticsProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            error.WriteLine("report: Analytics:ConnectionString is required when Analytics:Provider is Postgres.");
            return 2;
        }

        var content = new FaqContentLoader(time).Load(request.ContentRoot);
        var analyzers = FaqAnalyzers.Create(content, []);
        var builder = new TurnReportBuilder(content.EntriesOn(content.JudgedOn), text =>
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            AnalyzedTerms.Collect(analyzers.Morphological, "question", text, terms);
            return terms;
        });

        TurnReport report;
        try
        {
            await using var store = OpenForReading(options, error);
            var records = store is null ? Empty() : store.ReadAsync(TurnReportBuilder.StartOf(since), TurnReportBuilder.StartOf(until.AddDays(1)), cancellationToken);
            report = await builder.BuildAsync(records, since, until, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException or ArgumentException)
        {
            error.WriteLine($"report: the analytics database could not be read ({ex.GetType().Name}: {FaqIndex.Text.PersonalDataRedactor.Redact(ex.Message)})");
            return 1;
        }
        return Write(report, write, request.OutputFile, output, error);
    }

    // The report never creates a database: a missing SQLite file is an empty period.
    private static IAnalyticsStore? OpenForReading(AnalyticsOptions options, TextWriter error)
    {
        if (options.Provider == AnalyticsProvider.Postgres)
        {
            return AnalyticsStores.Create(options);
        }
        var connection = new SqliteConnectionStringBuilder(AnalyticsStores.SqliteConnectionString(options));
        if (!File.Exists(connection.DataSource))
        {
            error.WriteLine($"report: no analytics database at {connection.DataSource} yet; the report is empty.");
            return null;
        }
        connection.Mode = SqliteOpenMode.ReadOnly;
        return new SqliteAnalyticsStore(connection.ToString());
    }

    private static int Write(TurnReport report, Action<TurnReport, TextWriter> write, string? file, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            write(report, output);
            return 0;
        }
        // Written beside the target and moved into place: a failed write never leaves half a report.
        var full = Path.GetFullPath(file);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                write(report, writer);
            }
            File.Move(temporary, full, overwrite: true);
            error.WriteLine($"report: written to {file}");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            error.WriteLine($"report: cannot write {file}: {ex.Message}");
            return 2;
        }
    }

    private static bool TryDay(string? value, string option, DateOnly fallback, TextWriter error, out DateOnly day)
    {
        day = fallback;
        if (value is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            && day.Year is >= 2000 and <= 9998)
        {
            return true;
        }
        error.WriteLine($"report: {option} must be a day as YYYY-MM-DD (got '{ReportText.OneLine(value.Length > 40 ? value[..40] + "…" : value)}')");
        return false;
    }

    private static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    private static async IAsyncEnumerable<TurnRecord> Empty()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
