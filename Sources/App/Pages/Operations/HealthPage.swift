import HTTP

/// `GET /healthz` for a load balancer, systemd watchdog or uptime monitor: 200 with
/// `{"status":"ok"}` when the database and the access log both answer a real query, 503 with
/// `{"status":"unavailable"}` otherwise.
///
/// Why both files: every page that shows personal data writes the access log before it is sent
/// (PRODUCT.md), so an app whose access log cannot be read cannot serve people either. The body
/// names no person, no error text and no count; anyone may ask, and the server's request log
/// leaves it out (`Application.serverConfiguration`), so a monitor polling every few seconds does
/// not drown the lines people make.
enum HealthPage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.health) { _ in
            let healthy = (try? services.pool.read(HealthStore.appliedMigrations)).map { $0 > 0 } == true
                && (try? services.accessLog.pool.read(HealthStore.appliedMigrations)).map { $0 > 0 } == true
            return .bytes(
                Array((healthy ? #"{"status":"ok"}"# : #"{"status":"unavailable"}"#).utf8),
                contentType: "application/json", status: healthy ? .ok : .serviceUnavailable)
        }
    }
}
