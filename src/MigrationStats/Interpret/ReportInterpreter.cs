using System.Collections.Immutable;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Recognize;

namespace MigrationStats.Interpret;

/// <summary>Reads every paragraph of a document, sentence by sentence.</summary>
public static class ReportInterpreter
{
    /// <summary>Most days between a report's latest date and its PDF's creation for the file's date to be the report's.</summary>
    private const int MaxIssueDelayDays = 90;

    /// <summary>Interprets one document.</summary>
    /// <param name="document">The document read by the structure stage.</param>
    /// <param name="recognizer">The recognizers (shared by default).</param>
    /// <param name="trace">Keep every sentence's annotations (for <c>inspect --explain</c>).</param>
    public static DocumentReading Read(ReportDocument document, TextRecognizer? recognizer = null, bool trace = false)
    {
        recognizer ??= TextRecognizer.Shared;

        // Relative expressions are dropped, so the reference only steers the recognizer; absolute
        // dates do not depend on it.
        var provisional = document.Date?.ToDateTime(TimeOnly.MinValue) ?? new DateTime(2000, 1, 1);
        // "Sixtieth session" on the cover of an A/ document is the General Assembly's.
        var sessions = new SessionMemory { ReportDate = document.Date, DefaultBody = document.Symbol is { } symbol && System.Text.RegularExpressions.Regex.IsMatch(symbol, @"^A/\d+/") ? "General Assembly" : null };
        var paragraphs = ImmutableArray.CreateBuilder<ParagraphReading>();
        foreach (var paragraph in document.Paragraphs)
        {
            paragraphs.Add(ReadParagraph(paragraph, recognizer, provisional, document.Date, sessions, trace));
        }

        var readings = paragraphs.ToImmutable();
        if (document.Date is { } date)
        {
            return new DocumentReading(document, readings, date, "document date");
        }

        var latest = readings.SelectMany(p => p.Dates).Where(d => d.Kind is DateKind.Date or DateKind.Month or DateKind.Year && d.Open is null)
            .Select(d => d.Period.End.Last).DefaultIfEmpty().Max();
        if (latest == default)
        {
            return new DocumentReading(document, readings, null, "none");
        }

        // A PDF's creation date is the report's only when the file was made as the report was
        // issued: after the latest date the text gives, within a season of it (a scan made years
        // later dates the scan, not the report).
        return document.Metadata?.Created is { } created && created >= latest && created.DayNumber - latest.DayNumber <= MaxIssueDelayDays
            ? new DocumentReading(document, readings, created, "PDF creation date")
            : new DocumentReading(document, readings, latest, "latest explicit date");
    }

    /// <summary>Interprets one paragraph; sessions dated earlier in the document are remembered.</summary>
    internal static ParagraphReading ReadParagraph(Paragraph paragraph, TextRecognizer recognizer, DateTime reference, DateOnly? asOf, SessionMemory sessions, bool trace)
    {
        var sentences = SentenceSplitter.Split(paragraph.Text.Value);
        var figures = ImmutableArray.CreateBuilder<FigureReading>();
        var dates = ImmutableArray.CreateBuilder<DateReading>();
        var docs = ImmutableArray.CreateBuilder<SentenceDoc>();
        var previous = new TimeContext(null, [], false, asOf);
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            var doc = new SentenceDoc(sentence, i);
            var recognized = recognizer.Recognize(sentence.Text, reference);
            var sentenceDates = DateInterpreter.Read(sentence, i, recognized, sessions, doc);
            dates.AddRange(sentenceDates);
            var sentenceFigures = FigureInterpreter.Read(doc, recognized, sentenceDates, previous);
            figures.AddRange(sentenceFigures);
            previous = new TimeContext(sentence.Text, sentenceDates.Select(d => d with { Start = d.Start - sentence.Start, End = d.End - sentence.Start }).ToList(), !sentenceFigures.IsEmpty, asOf);
            if (trace)
            {
                docs.Add(doc);
            }
        }

        return new ParagraphReading(paragraph, sentences, figures.ToImmutable(), dates.ToImmutable()) { Trace = docs.ToImmutable() };
    }

    /// <summary>Reads a single piece of text as one unnumbered paragraph (for tests, rule examples and verification).</summary>
    public static ParagraphReading ReadText(string text, DateTime? reference = null, DateOnly? asOf = null)
    {
        var map = Enumerable.Range(0, text.Length).ToImmutableArray();
        var paragraph = new Paragraph(null, [], new CleanText(text, map), new OriginalSpan(0, text.Length));
        return ReadParagraph(paragraph, TextRecognizer.Shared, reference ?? asOf?.ToDateTime(TimeOnly.MinValue) ?? new DateTime(2004, 1, 1), asOf, new SessionMemory { ReportDate = asOf }, trace: true);
    }
}
