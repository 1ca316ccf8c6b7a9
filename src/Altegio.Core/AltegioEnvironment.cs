namespace Altegio
{
    /// <summary>
    /// Reads a connection from environment variables, for CI jobs: <c>ALTEGIO_PARTNER_TOKEN</c>,
    /// <c>ALTEGIO_USER_TOKEN</c> and <c>ALTEGIO_COMPANY_ID</c>.
    /// </summary>
    public static class AltegioEnvironment
    {
        /// <summary>The partner token variable.</summary>
        public const string PartnerTokenVariable = "ALTEGIO_PARTNER_TOKEN";

        /// <summary>The user token variable.</summary>
        public const string UserTokenVariable = "ALTEGIO_USER_TOKEN";

        /// <summary>The default location variable.</summary>
        public const string CompanyIdVariable = "ALTEGIO_COMPANY_ID";

        /// <summary>Builds credentials from the variables; throws a clear error when the partner token is missing.</summary>
        public static AltegioCredentials ReadCredentials(Func<string, string?> getVariable)
        {
            var partner = getVariable(PartnerTokenVariable);
            if (string.IsNullOrWhiteSpace(partner))
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidParameter, null, null, null,
                    "No token given: pass -PartnerToken with -UserToken or -Credential, or set the " + PartnerTokenVariable +
                    " and " + UserTokenVariable + " environment variables.",
                    new[] { new AltegioFieldError("PartnerToken", "missing") });
            }

            return AltegioCredentials.FromTokens(partner!, getVariable(UserTokenVariable));
        }

        /// <summary>Reads the default location; null when unset, an error when set but not a positive number.</summary>
        public static long? ReadCompanyId(Func<string, string?> getVariable)
        {
            var text = getVariable(CompanyIdVariable);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (long.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return id;
            }

            throw AltegioApiException.InvalidParameter("CompanyId", CompanyIdVariable + " is set to '" + text + "', which is not a location id.");
        }
    }
}
