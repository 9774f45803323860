import Domain
import Foundation
import HTTP
import Hashing
import SQLite
import TemplateEngine

/// The second step of signing in (a code from an authenticator app, or a recovery code) and
/// enrolling an authenticator: a QR code of our own drawing and the secret as text, confirmed
/// with a current code, after which ten single-use recovery codes are shown once.
///
/// Enrolment serves both a pending sign-in that must enrol (coordinators and managers without a
/// second factor, who can do nothing else until they have one) and a signed-in account that
/// chooses to add one. The code page serves only a pending sign-in.
enum SecondFactorPages {
    static let wrongCodeMessage = "That code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes."
    static let tooManyCodesMessage = "Too many wrong codes. Wait 10 minutes and sign in again, or ask a manager to reset your second factor."
    static let wrongEnrolmentCodeMessage = "That code is not right. Enter the 6-digit code your authenticator app shows now."
    static let issuer = "Trusted Person"

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.signInCode) { context in
            guard try pendingSignIn(services, context, .code) != nil else { return expired(services) }
            return try codeForm(services, context, code: "", error: nil)
        }
        routes.post(.signInCode) { context in
            guard let pending = try pendingSignIn(services, context, .code) else { return expired(services) }
            return try enterCode(services, context, pending)
        }
        routes.get(.secondFactor) { context in
            guard let userID = try enrollingUserID(services, context) else { return expired(services) }
            return try enrolmentForm(services, context, userID: userID, code: "", error: nil)
        }
        routes.post(.secondFactor) { context in
            guard let userID = try enrollingUserID(services, context) else { return expired(services) }
            return try confirmEnrolment(services, context, userID: userID)
        }
        SecondFactorResetPage.register(in: &routes, services)
    }

    /// The pending sign-in the request carries, when it is at `step`.
    private static func pendingSignIn(
        _ services: AppServices, _ context: RequestContext, _ step: SecondFactorRules.Step
    ) throws -> PendingSignIn? {
        guard let pending = try SecondFactorSignIn.pending(services, context), pending.step == step else { return nil }
        return pending
    }

    /// Who is enrolling: the pending sign-in that must enrol, else the signed-in account.
    private static func enrollingUserID(_ services: AppServices, _ context: RequestContext) throws -> Int64? {
        try pendingSignIn(services, context, .enrol)?.userID ?? context.user?.id
    }

    /// Back to the sign-in page: the pending sign-in has expired, was used up, or never was.
    private static func expired(_ services: AppServices) -> HTTPResponse {
        var response = HTTPResponse.redirect(to: .signIn)
        response.setCookie(SecondFactorSignIn.endedPendingCookie(services))
        return response
    }

    private static func enterCode(_ services: AppServices, _ context: RequestContext, _ pending: PendingSignIn) throws -> HTTPResponse {
        let input = SubmittedForm(context.form, fields: ["code"], untrimmed: ["code"])
        let typed = input["code"]
        let characters = input.controlCharacterErrors(elsewhere: "code")
        guard characters.isEmpty else {
            // Not a wrong code: nothing is counted against the sign-in.
            return try codeForm(services, context, code: typed, error: nil, characters: characters, status: .unprocessableContent)
        }
        let unixTime = Int64(context.now.timeIntervalSince1970)
        let failures = try services.pool.read { db in try PendingSignInStore.recentFailures(userID: pending.userID, now: context.now, db) }
        guard failures < SecondFactorRules.attemptsPerAccount else {
            return try codeForm(services, context, code: typed, error: tooManyCodesMessage, status: .tooManyRequests)
        }
        let cookies = try services.pool.write { db -> [SetCookie]? in
            guard let factor = try SecondFactorStore.find(userID: pending.userID, db), factor.confirmed,
                  let secret = Base32.decode(factor.secret)
            else { return nil }
            var accepted = false
            if let step = TOTP(secret: secret).matchingStep(typed, at: unixTime, lastUsedStep: factor.lastUsedStep) {
                accepted = try SecondFactorStore.use(step: step, userID: pending.userID, db)
            } else if let recovery = RecoveryCodes.normalised(typed) {
                accepted = try SecondFactorStore.useRecoveryCode(
                    digest: RecoveryCodes.digest(recovery), userID: pending.userID, now: context.now, db)
                if accepted {
                    try AdminEventStore.record(
                        action: "signed in with a recovery code", actorUserID: pending.userID, subjectUserID: pending.userID,
                        now: context.now, db)
                }
            }
            guard accepted else {
                try PendingSignInStore.recordFailure(tokenDigest: pending.tokenDigest, db)
                return nil
            }
            return try SecondFactorSignIn.complete(services, pending, now: context.now, db)
        }
        guard let cookies else {
            return try codeForm(services, context, code: typed, error: wrongCodeMessage, status: .unprocessableContent)
        }
        var response = HTTPResponse.redirect(to: pending.nextPath)
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    private static func codeForm(
        _ services: AppServices, _ context: RequestContext, code: String, error: String?, characters: FieldErrors = FieldErrors(),
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var errors = characters
        if let error { errors.add("code", error) }
        return try services.page("sign-in-code", title: "Enter your code", context, FormView.values(["code": code], errors), status: status)
    }

    /// The enrolment page: the candidate secret (kept across reloads until confirmed) as a QR
    /// code and as text; or, for an account already enrolled, what it has.
    private static func enrolmentForm(
        _ services: AppServices, _ context: RequestContext, userID: Int64, code: String, error: String?,
        characters: FieldErrors = FieldErrors(), status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let (user, factor, unusedCodes) = try services.pool.write { db in
            guard let user = try UserStore.find(id: userID, db) else { throw AppError.notFound }
            var factor = try SecondFactorStore.find(userID: userID, db)
            if factor == nil {
                try SecondFactorStore.propose(userID: userID, secret: Base32.encode(SecureRandom.bytes(20), padded: false), now: context.now, db)
                factor = try SecondFactorStore.find(userID: userID, db)
            }
            return (user, factor!, try SecondFactorStore.unusedRecoveryCodeCount(userID: userID, db))
        }
        var errors = characters
        if let error { errors.add("code", error) }
        var values = FormView.values(["code": code], errors)
        values["enrolled"] = .bool(factor.confirmed)
        values["unusedRecoveryCodes"] = .int(unusedCodes)
        values["required"] = .bool(SecondFactorRules.isRequired(for: user.roles))
        if !factor.confirmed {
            let uri = otpauthURI(email: user.email, secret: factor.secret)
            values["secret"] = .string(factor.secret)
            values["qrCode"] = .trustedHTML(try QRCode(uri).svg(label: "QR code for your authenticator app"))
        }
        return try services.page("second-factor", title: "Set up your second factor", context, values, status: status)
    }

    private static func confirmEnrolment(_ services: AppServices, _ context: RequestContext, userID: Int64) throws -> HTTPResponse {
        let input = SubmittedForm(context.form, fields: ["code"], untrimmed: ["code"])
        let typed = input["code"]
        let characters = input.controlCharacterErrors(elsewhere: "code")
        guard characters.isEmpty else {
            return try enrolmentForm(
                services, context, userID: userID, code: typed, error: nil, characters: characters, status: .unprocessableContent)
        }
        let unixTime = Int64(context.now.timeIntervalSince1970)
        let codes = RecoveryCodes.generate()
        let pending = try pendingSignIn(services, context, .enrol)
        let cookies = try services.pool.write { db -> [SetCookie]? in
            guard let factor = try SecondFactorStore.find(userID: userID, db), !factor.confirmed,
                  let secret = Base32.decode(factor.secret),
                  let step = TOTP(secret: secret).matchingStep(typed, at: unixTime, lastUsedStep: nil)
            else {
                if let pending { try PendingSignInStore.recordFailure(tokenDigest: pending.tokenDigest, db) }
                return nil
            }
            try SecondFactorStore.confirm(userID: userID, step: step, recoveryCodeDigests: codes.map(RecoveryCodes.digest), now: context.now, db)
            try AdminEventStore.record(action: "set up a second factor", actorUserID: userID, subjectUserID: userID, now: context.now, db)
            return try pending.map { try SecondFactorSignIn.complete(services, $0, now: context.now, db) } ?? []
        }
        guard let cookies else {
            return try enrolmentForm(
                services, context, userID: userID, code: typed, error: wrongEnrolmentCodeMessage, status: .unprocessableContent)
        }
        var response = try services.page(
            "second-factor-recovery", title: "Your recovery codes", context,
            ["codes": .array(codes.map { .string(RecoveryCodes.display($0)) }), "next": .string(pending?.nextPath ?? Route.home.path)])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// The address authenticator apps read (Google's Key Uri Format): label, secret and issuer.
    static func otpauthURI(email: String, secret: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let label = (issuer + ":" + email).addingPercentEncoding(withAllowedCharacters: allowed.union([":"])) ?? ""
        let issuerText = issuer.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuerText
    }
}
