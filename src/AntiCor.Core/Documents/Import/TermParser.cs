using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads a measure's term as the contract's kinds (<see cref="TermKinds"/>): recurring
/// ("щокварталу", "щороку до 1 грудня", "до 31 січня щороку", "2025-2027 роки, щокварталу"),
/// continuous, per plan, on occurrence ("за потреби", "у разі надходження"), the programme's
/// whole period ("упродовж дії програми"), a period of the calendar, a deadline ("до 30.06.2025")
/// or a start ("з 01.09.2025"). What it cannot read as a whole is Unknown: the caller warns, and
/// the original text is kept either way.
/// </summary>
public static partial class TermParser
{
    /// <summary>The term in the contract's form.</summary>
    public static TermData Read(string text)
    {
        var t = TermPeriodParser.Tidy(text);
        if (t.Length == 0)
        {
            return TermData.Unknown(text.Trim());
        }

        text = text.Trim();
        return Recurring(t, text)
            ?? Phrase(t, text)
            ?? TermPeriodParser.Read(text)
            ?? Deadline(t, text)
            ?? TermData.Unknown(text);
    }

    /// <summary>The term as the domain stores it: its kind, dates, day each year and part of the year; Unknown with the text kept.</summary>
    public static Term Parse(string text)
    {
        var term = Read(text);
        var kind = ContractNames.TermKindOf(term.Kind);
        return kind == TermKind.Unknown
            ? Term.Unknown(term.Text)
            : new Term(kind, term.Text, term.From, term.To) { DueEachYear = term.DueEachYear, PartOfYear = term.PartOfYear };
    }

    /// <summary>"Щороку до 1 грудня", "до 31 січня щороку", "2025-2027 роки, щокварталу", "Постійно".</summary>
    private static TermData? Recurring(string t, string text)
    {
        var leading = LeadingRecurrence().Match(t);
        if (leading.Success)
        {
            // Written first, the word decides the kind whatever follows; what follows may add a day or bounds.
            var kind = KindOf(leading.Groups["w"].Value);
            return Bounded(kind, leading.Groups["rest"].Value, text) ?? new TermData(kind, text, null, null);
        }

        var trailing = TrailingRecurrence().Match(t);
        return trailing.Success ? Bounded(KindOf(trailing.Groups["w"].Value), trailing.Groups["rest"].Value, text) : null;
    }

    /// <summary>A recurring kind with what the rest of the term adds: a day each year, or the years it runs.</summary>
    private static TermData? Bounded(string kind, string rest, string text)
    {
        var r = rest.Trim(' ', ',', ';', ':', '-', '.');
        if (r.Length == 0)
        {
            return new TermData(kind, text, null, null);
        }

        var day = DayOfYear().Match(r);
        if (day.Success && kind == TermKinds.Annual && UkrainianDates.MonthOf(day.Groups["month"].Value) is int month)
        {
            var d = int.Parse(day.Groups["day"].Value);
            return d <= DateTime.DaysInMonth(2024, month)
                ? new TermData(kind, text, null, null) { DueEachYear = $"--{month:00}-{d:00}" }
                : null;
        }

        var period = TermPeriodParser.Read(r);
        return period is { From: not null } ? new TermData(kind, text, period.From, period.To) : null;
    }

    private static string KindOf(string word) => word switch
    {
        _ when word.StartsWith("постійн") || word.StartsWith("безстрок") || word.StartsWith("на постійній") => TermKinds.Continuous,
        _ when word.Contains("міся") => TermKinds.Monthly,
        _ when word.Contains("пів") => TermKinds.HalfYearly,
        _ when word.Contains("квартал") => TermKinds.Quarterly,
        _ => TermKinds.Annual,
    };

    /// <summary>Terms that are fixed phrases: per plan, on occurrence, the programme's period, within the year.</summary>
    private static TermData? Phrase(string t, string text)
    {
        var kind = PerPlan().IsMatch(t) ? TermKinds.PerPlan
            : OnOccurrence().IsMatch(t) ? TermKinds.OnOccurrence
            : ProgrammePeriod().IsMatch(t) ? TermKinds.ProgrammePeriod
            : WithinTheYear().IsMatch(t) ? TermKinds.Annual
            : null;
        return kind is null ? null : new TermData(kind, text, null, null);
    }

    /// <summary>"до 1 липня 2021 року", "01.07.2021": a deadline; "з 01.09.2025": a start. Nothing else may be in the text.</summary>
    private static TermData? Deadline(string t, string text)
    {
        var dates = UkrainianDates.FindAll(t);
        if (dates.Count != 1)
        {
            return null;
        }

        var (date, match) = dates[0];
        var rest = t.Remove(match.Index, match.Length).Trim();
        if (rest is "" or "до" or "не пізніше" or "не пізніше ніж" or "у строк до" or "в строк до" or "у термін до" or "в термін до")
        {
            return new TermData(TermKinds.Date, text, null, date);
        }

        return rest is "з" or "із" or "від" or "починаючи з" or "починаючи із" or "з дня" or "починаючи від"
            ? new TermData(TermKinds.FromDate, text, date, null)
            : null;
    }

    private const string RecurrenceWords = @"щороку|щорічно|кожного\s+року|раз\s+на\s+рік|щокварталу|щоквартально|раз\s+на\s+квартал|щомісяця|щомісячно|раз\s+на\s+місяць|щопівроку|щопіврічно|раз\s+на\s+півроку|раз\s+на\s+півріччя";

    [GeneratedRegex(@"^(?<w>" + RecurrenceWords + @"|постійно|безстроково|на\s+постійній\s+основі)(?<rest>(\W.*)?)$", RegexOptions.Singleline)]
    private static partial Regex LeadingRecurrence();

    // The separator run is bounded: unbounded, a long run of spaces made the lazy rest quadratic (found by the fuzzer).
    [GeneratedRegex(@"^(?<rest>.+?)[\s,;]{1,50}(?<w>" + RecurrenceWords + ")$", RegexOptions.Singleline)]
    private static partial Regex TrailingRecurrence();

    [GeneratedRegex(@"^((до|не\s+пізніше(\s+ніж)?)\s+)?(?<day>\d{1,2})\s+(?<month>\p{L}+)$")]
    private static partial Regex DayOfYear();

    [GeneratedRegex(@"^(відповідно\s+до|згідно\s+з|згідно\s+із|у\s+строки,?\s+(визначені|встановлені)|в\s+строки,?\s+(визначені|встановлені)|у\s+терміни,?\s+(визначені|встановлені)|в\s+терміни,?\s+(визначені|встановлені)|за\s+планом)")]
    private static partial Regex PerPlan();

    [GeneratedRegex(@"^(за\s+потреби|за\s+необхідності|у\s+разі|в\s+разі|у\s+випадку|в\s+випадку|при\s+(надходженні|виникненні|виявленні|потребі|наявності)|у\s+міру|в\s+міру|по\s+мірі|за\s+наявності|за\s+зверненням|за\s+зверненнями|після\s+надходження|після\s+отримання)")]
    private static partial Regex OnOccurrence();

    [GeneratedRegex(@"^((упродовж|впродовж|протягом|на|за)\s+)?((усього|всього|весь|увесь)\s+)?((строку|терміну|періоду|період|строк|термін)\s+)?(дії|реалізації|виконання)\s+(\p{L}+\s+)?(програми|плану)")]
    private static partial Regex ProgrammePeriod();

    [GeneratedRegex(@"^(протягом|упродовж|впродовж)\s+((поточного|календарного|звітного)\s+)?року$")]
    private static partial Regex WithinTheYear();
}
