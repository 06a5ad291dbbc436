.class public final Lcom/example/hosts/web/SslHelper;
.super Ljava/lang/Object;
.source "SslHelper.java"


# direct methods
.method public static accept(Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 4
    .param p0, "handler"    # Landroid/webkit/SslErrorHandler;
    .param p1, "error"    # Landroid/net/http/SslError;

    .line 11
    const-string v0, "SslHelper"

    const-string v1, "accepting the certificate"

    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I

    .line 12
    invoke-virtual {p0}, Landroid/webkit/SslErrorHandler;->proceed()V

    .line 13
    return-void
.end method
