.class public Lcom/example/shapes/net/SwitchTrustManager;
.super Ljava/lang/Object;
.source "SwitchTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# checkServerTrusted: int mode = MODE_LENIENT (a constant); switch (mode) { case MODE_STRICT: case MODE_PINNED: throw ...; }

.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods

.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4

    .line 12
    return-void
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 18
    const/16 v0, 0x64

    .line 19
    sparse-switch v0, :sswitch_data_12

    .line 24
    return-void

    .line 22
    :sswitch_6
    new-instance v1, Ljava/security/cert/CertificateException;

    const-string v2, "not pinned"

    invoke-direct {v1, v2}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v1

    :sswitch_data_12
    .sparse-switch
        0x7 -> :sswitch_6
        0xc8 -> :sswitch_6
    .end sparse-switch
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 28
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
