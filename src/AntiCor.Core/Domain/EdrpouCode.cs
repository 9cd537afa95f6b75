namespace AntiCor.Core.Domain;

/// <summary>
/// The ЄДРПОУ identification code of a legal entity: 8 digits, the last a check digit computed
/// from the first seven with weights that depend on the code's range (the published rule).
/// </summary>
public static class EdrpouCode
{
    public const string Invalid = "Код ЄДРПОУ має складатися з 8 цифр із правильною контрольною цифрою.";

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 8 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        return CheckDigit(code) == code[7] - '0';
    }

    /// <summary>Validates and returns the trimmed code, or throws the message users see.</summary>
    public static string Validated(string code)
    {
        var text = code.Trim();
        return IsValid(text) ? text : throw new DomainException(Invalid);
    }

    public static int CheckDigit(string code)
    {
        var value = long.Parse(code[..8], System.Globalization.CultureInfo.InvariantCulture);
        // Codes between 30,000,000 and 60,000,000 start their weights at 7; the others at 1.
        var shifted = value is >= 30_000_000 and <= 60_000_000;
        var remainder = WeightedSum(code, shifted, 0) % 11;
        if (remainder == 10)
        {
            remainder = WeightedSum(code, shifted, 2) % 11;
            if (remainder == 10)
            {
                remainder = 0;
            }
        }

        return remainder;
    }

    private static int WeightedSum(string code, bool shifted, int add)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            var weight = (shifted ? (i == 0 ? 7 : i) : i + 1) + add;
            sum += (code[i] - '0') * weight;
        }

        return sum;
    }
}
