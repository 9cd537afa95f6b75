using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.Calendar;

/// <summary>
/// The secret in a calendar address: 32 random bytes, URL-safe. Only its SHA-256 (hex) is stored, so
/// a copy of the database gives nobody a working address.
/// </summary>
public static class CalendarToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Path(string token) => $"/calendar/{token}.ics";
}
