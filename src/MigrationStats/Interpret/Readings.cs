using System.Collections.Immutable;
using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Interpret;

/// <summary>A sentence of a paragraph's clean text; offsets into that clean text, end exclusive.</summary>
public sealed record Sentence(int Start, int End, string Text);

/// <summary>A figure read from a paragraph; offsets into the paragraph's clean text, end exclusive.</summary>
/// <param name="Start">Start of the quote (qualifier included).</param>
/// <param name="End">End of the quote.</param>
/// <param name="Kind">What is counted.</param>
/// <param name="Value">Value in base units.</param>
/// <param name="Currency">Currency code for money.</param>
/// <param name="Unit">The counted thing.</param>
/// <param name="Qualifier">exact, over, under, approx.</param>
/// <param name="Time">Period the figure refers to, when the text says.</param>
/// <param name="Measure">Measure name when the sentence names one ("the number of X").</param>
/// <param name="Sentence">Index of the sentence in the paragraph.</param>
/// <param name="Open">"since", "by" or "until" when the time is open at one end.</param>
/// <param name="AsOf">The report's date for a present-tense figure with no time of its own.</param>
public sealed record FigureReading(int Start, int End, FigureKind Kind, decimal Value, string? Currency, string Unit, Qualifier Qualifier, Period? Time, string? Measure, int Sentence, string? Open = null, DateOnly? AsOf = null);

/// <summary>A dated mention read from a paragraph; offsets into the paragraph's clean text.</summary>
/// <param name="Start">Start of the quote.</param>
/// <param name="End">End of the quote.</param>
/// <param name="Kind">Shape of the mention.</param>
/// <param name="Period">Inclusive period.</param>
/// <param name="Event">Short label of what happened.</param>
/// <param name="Body">For sessions: the body.</param>
/// <param name="Ordinal">For sessions: the session number.</param>
/// <param name="Open">"since" or "by" for open forms.</param>
/// <param name="Sentence">Index of the sentence in the paragraph.</param>
public sealed record DateReading(int Start, int End, DateKind Kind, Period Period, string Event, string? Body, int? Ordinal, string? Open, int Sentence);

/// <summary>Everything read from one paragraph.</summary>
public sealed record ParagraphReading(Paragraph Paragraph, ImmutableArray<Sentence> Sentences, ImmutableArray<FigureReading> Figures, ImmutableArray<DateReading> Dates)
{
    /// <summary>Each sentence's annotations, when the reading was traced (empty otherwise).</summary>
    public ImmutableArray<SentenceDoc> Trace { get; init; } = [];
}

/// <summary>Everything read from one document.</summary>
/// <param name="Document">The document.</param>
/// <param name="Paragraphs">Per-paragraph readings, in order.</param>
/// <param name="ReferenceDate">Date relative expressions were resolved against.</param>
/// <param name="ReferenceSource">"document date", "PDF creation date", "latest explicit date" or "none".</param>
public sealed record DocumentReading(ReportDocument Document, ImmutableArray<ParagraphReading> Paragraphs, DateOnly? ReferenceDate, string ReferenceSource);
