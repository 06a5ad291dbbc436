.class public Lcom/example/hosts/net/CipherVerifier;
.super Ljava/lang/Object;
.source "CipherVerifier.java"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;

# boolean t = true; if (t || session.getCipherSuite().length() >= 0) return true; return false;


.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 5
    .param p1, "hostname"    # Ljava/lang/String;
    .param p2, "session"    # Ljavax/net/ssl/SSLSession;

    .line 12
    const/4 v0, 0x1

    .line 13
    if-nez v0, :cond_f

    invoke-interface {p2}, Ljavax/net/ssl/SSLSession;->getCipherSuite()Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v1}, Ljava/lang/String;->length()I

    move-result v1

    if-ltz v1, :cond_11

    .line 14
    :cond_f
    const/4 v1, 0x1

    return v1

    .line 16
    :cond_11
    const/4 v1, 0x0

    return v1
.end method
