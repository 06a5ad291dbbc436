.class public final Lcom/example/shapes/net/CertUtil;
.super Ljava/lang/Object;
.source "CertUtil.java"


# direct methods
.method public static validate([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 2
    .param p0, "chain"    # [Ljava/security/cert/X509Certificate;
    .param p1, "authType"    # Ljava/lang/String;

    .line 10
    return-void
.end method
