using System.Text;
using AntiCor.Core.Security;

namespace AntiCor.Core.Tests.Security;

public sealed class AuthenticatorCodesTests
{
    // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890"; six digits are the last six of the eight there.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Fact]
    public void The_base32_key_decodes_to_the_rfc_secret_whatever_its_case_and_spacing()
    {
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), AuthenticatorCodes.DecodeKey(RfcKey));
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), AuthenticatorCodes.DecodeKey("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        Assert.Throws<FormatException>(() => AuthenticatorCodes.DecodeKey("GEZ1"));
    }

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_are_those_of_the_rfc_6238_test_vectors(long unixSeconds, string code)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        Assert.Equal(code, AuthenticatorCodes.Code(AuthenticatorCodes.DecodeKey(RfcKey), AuthenticatorCodes.StepAt(at)));
    }

    [Fact]
    public void A_code_is_matched_to_its_own_time_step_within_two_steps_either_side_and_not_beyond()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = AuthenticatorCodes.StepAt(now);
        var key = AuthenticatorCodes.DecodeKey(RfcKey);

        Assert.Equal(step, AuthenticatorCodes.MatchingStep(RfcKey, AuthenticatorCodes.Code(key, step), now));
        Assert.Equal(step - 2, AuthenticatorCodes.MatchingStep(RfcKey, AuthenticatorCodes.Code(key, step - 2), now));
        Assert.Equal(step + 2, AuthenticatorCodes.MatchingStep(RfcKey, AuthenticatorCodes.Code(key, step + 2), now));
        Assert.Null(AuthenticatorCodes.MatchingStep(RfcKey, AuthenticatorCodes.Code(key, step - 3), now));
        Assert.Null(AuthenticatorCodes.MatchingStep(RfcKey, "12345", now));
        Assert.Null(AuthenticatorCodes.MatchingStep(RfcKey, "12a456", now));
    }
}
