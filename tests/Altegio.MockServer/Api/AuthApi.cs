using Altegio.MockServer.Http;

namespace Altegio.MockServer.Api;

/// <summary><c>POST /api/v1/auth</c>: login + password → user token.</summary>
internal static class AuthApi
{
    public static void Register(Router r) => r.Add("POST", "v1/auth", Login);

    private static Reply Login(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var hasLogin = body.String("login", out var login) == FieldState.Ok && login.Length > 0;
        var hasPassword = body.String("password", out var password) == FieldState.Ok && password.Length > 0;
        if (!hasLogin || !hasPassword)
        {
            return Reply.Validation(hasLogin ? "password" : "login", $"Required parameter {(hasLogin ? "password" : "login")} was not passed");
        }

        lock (req.State.SyncRoot)
        {
            var user = req.State.FindUserByLogin(login);
            if (user is null || user.Password != password)
            {
                return Reply.Legacy(401, "Incorrect login or password");
            }

            // A revoked token (password change) is replaced by a fresh one on the next login.
            if (user.UserToken.Length == 0)
            {
                user.UserToken = "user-token-" + user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + System.Guid.NewGuid().ToString("N")[..12];
            }

            return Reply.V1(201, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("id", user.Id);
                w.WriteString("user_token", user.UserToken);
                w.WriteString("name", user.Name);
                w.WriteString("phone", user.Phone);
                w.WriteString("login", user.Login);
                w.WriteString("email", user.Email);
                w.WriteString("avatar", user.Avatar);
                w.WriteBoolean("is_approved", user.IsApproved);
                w.WriteBoolean("is_email_confirmed", user.IsEmailConfirmed);
                w.WriteEndObject();
            });
        }
    }
}
