.class public Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;
.super Ljava/lang/Object;
.source "PinningTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;


# instance fields
.field private final cache:Ljava/util/Set;

.field private final enforceUntilTimestampMillis:J

.field private final pins:Ljava/util/List;

.field private final systemKeyStore:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

.field private final systemTrustManagers:[Ljavax/net/ssl/TrustManager;


# direct methods
.method public constructor <init>(Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;[Ljava/lang/String;J)V
    .registers 10

    .line 79
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 73
    new-instance v0, Ljava/util/LinkedList;

    invoke-direct {v0}, Ljava/util/LinkedList;-><init>()V

    iput-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->pins:Ljava/util/List;

    .line 74
    new-instance v0, Ljava/util/HashSet;

    invoke-direct {v0}, Ljava/util/HashSet;-><init>()V

    invoke-static {v0}, Ljava/util/Collections;->synchronizedSet(Ljava/util/Set;)Ljava/util/Set;

    move-result-object v0

    iput-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->cache:Ljava/util/Set;

    .line 80
    invoke-direct {p0, p1}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->initializeSystemTrustManagers(Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;)[Ljavax/net/ssl/TrustManager;

    move-result-object v0

    iput-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->systemTrustManagers:[Ljavax/net/ssl/TrustManager;

    .line 81
    iput-object p1, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->systemKeyStore:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    .line 82
    iput-wide p3, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->enforceUntilTimestampMillis:J

    .line 84
    array-length v0, p2

    const/4 v1, 0x0

    :goto_24
    if-ge v1, v0, :cond_34

    aget-object v2, p2, v1

    .line 85
    iget-object v3, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->pins:Ljava/util/List;

    invoke-direct {p0, v2}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->hexStringToByteArray(Ljava/lang/String;)[B

    move-result-object v4

    invoke-interface {v3, v4}, Ljava/util/List;->add(Ljava/lang/Object;)Z

    .line 84
    add-int/lit8 v1, v1, 0x1

    goto :goto_24

    .line 87
    :cond_34
    return-void
.end method

.method private checkPinTrust([Ljava/security/cert/X509Certificate;)V
    .registers 8
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 128
    iget-wide v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->enforceUntilTimestampMillis:J

    const-wide/16 v2, 0x0

    cmp-long v4, v0, v2

    if-eqz v4, :cond_1a

    .line 129
    invoke-static {}, Ljava/lang/System;->currentTimeMillis()J

    move-result-wide v0

    iget-wide v2, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->enforceUntilTimestampMillis:J

    cmp-long v4, v0, v2

    if-lez v4, :cond_1a

    .line 131
    const-string v0, "PinningTrustManager"

    const-string v1, "Certificate pins are stale, falling back to system trust."

    invoke-static {v0, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I

    .line 132
    return-void

    .line 135
    :cond_1a
    array-length v0, p1

    const/4 v1, 0x0

    :goto_1c
    if-ge v1, v0, :cond_2a

    aget-object v2, p1, v1

    .line 136
    invoke-direct {p0, v2}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->isValidPin(Ljava/security/cert/X509Certificate;)Z

    move-result v2

    if-eqz v2, :cond_27

    .line 137
    return-void

    .line 135
    :cond_27
    add-int/lit8 v1, v1, 0x1

    goto :goto_1c

    .line 141
    :cond_2a
    new-instance v0, Ljava/security/cert/CertificateException;

    const-string v1, "No valid pins found in chain!"

    invoke-direct {v0, v1}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v0
.end method

.method private checkSystemTrust([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 7
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 121
    iget-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->systemTrustManagers:[Ljavax/net/ssl/TrustManager;

    array-length v1, v0

    const/4 v2, 0x0

    :goto_4
    if-ge v2, v1, :cond_10

    aget-object v3, v0, v2

    .line 122
    check-cast v3, Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v3, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 121
    add-int/lit8 v2, v2, 0x1

    goto :goto_4

    .line 124
    :cond_10
    return-void
.end method

.method private hexStringToByteArray(Ljava/lang/String;)[B
    .registers 9

    .line 165
    invoke-virtual {p1}, Ljava/lang/String;->length()I

    move-result v0

    .line 166
    div-int/lit8 v1, v0, 0x2

    new-array v1, v1, [B

    .line 168
    const/4 v2, 0x0

    :goto_7
    if-ge v2, v0, :cond_2a

    .line 169
    div-int/lit8 v3, v2, 0x2

    invoke-virtual {p1, v2}, Ljava/lang/String;->charAt(I)C

    move-result v4

    const/16 v5, 0x10

    invoke-static {v4, v5}, Ljava/lang/Character;->digit(CI)I

    move-result v4

    shl-int/lit8 v4, v4, 0x4

    add-int/lit8 v6, v2, 0x1

    .line 170
    invoke-virtual {p1, v6}, Ljava/lang/String;->charAt(I)C

    move-result v6

    invoke-static {v6, v5}, Ljava/lang/Character;->digit(CI)I

    move-result v5

    add-int/2addr v4, v5

    int-to-byte v4, v4

    aput-byte v4, v1, v3

    .line 168
    add-int/lit8 v2, v2, 0x2

    goto :goto_7

    .line 173
    :cond_2a
    return-object v1
.end method

.method private initializeSystemTrustManagers(Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;)[Ljavax/net/ssl/TrustManager;
    .registers 4

    .line 91
    :try_start_0
    const-string v0, "X509"

    invoke-static {v0}, Ljavax/net/ssl/TrustManagerFactory;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/TrustManagerFactory;

    move-result-object v0

    .line 92
    iget-object v1, p1, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->trustStore:Ljava/security/KeyStore;

    invoke-virtual {v0, v1}, Ljavax/net/ssl/TrustManagerFactory;->init(Ljava/security/KeyStore;)V

    .line 94
    invoke-virtual {v0}, Ljavax/net/ssl/TrustManagerFactory;->getTrustManagers()[Ljavax/net/ssl/TrustManager;

    move-result-object v0
    :try_end_f
    .catch Ljava/security/NoSuchAlgorithmException; {:try_start_0 .. :try_end_f} :catch_17
    .catch Ljava/security/KeyStoreException; {:try_start_0 .. :try_end_f} :catch_10

    return-object v0

    .line 97
    :catch_10
    move-exception v0

    .line 98
    new-instance v1, Ljava/lang/AssertionError;

    invoke-direct {v1, v0}, Ljava/lang/AssertionError;-><init>(Ljava/lang/Object;)V

    throw v1

    .line 95
    :catch_17
    move-exception v0

    .line 96
    new-instance v1, Ljava/lang/AssertionError;

    invoke-direct {v1, v0}, Ljava/lang/AssertionError;-><init>(Ljava/lang/Object;)V

    throw v1
.end method

.method private isValidPin(Ljava/security/cert/X509Certificate;)Z
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 104
    :try_start_0
    const-string v0, "SHA1"

    invoke-static {v0}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;

    move-result-object v0

    .line 105
    invoke-virtual {p1}, Ljava/security/cert/X509Certificate;->getPublicKey()Ljava/security/PublicKey;

    move-result-object v1

    invoke-interface {v1}, Ljava/security/PublicKey;->getEncoded()[B

    move-result-object v1

    .line 106
    invoke-virtual {v0, v1}, Ljava/security/MessageDigest;->digest([B)[B

    move-result-object v0

    .line 108
    iget-object v1, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->pins:Ljava/util/List;

    invoke-interface {v1}, Ljava/util/List;->iterator()Ljava/util/Iterator;

    move-result-object v1

    :goto_15
    invoke-interface {v1}, Ljava/util/Iterator;->hasNext()Z

    move-result v2

    if-eqz v2, :cond_29

    invoke-interface {v1}, Ljava/util/Iterator;->next()Ljava/lang/Object;

    move-result-object v2

    check-cast v2, [B

    .line 109
    invoke-static {v2, v0}, Ljava/util/Arrays;->equals([B[B)Z

    move-result v2
    :try_end_25
    .catch Ljava/security/NoSuchAlgorithmException; {:try_start_0 .. :try_end_25} :catch_2b

    if-eqz v2, :goto_15

    .line 110
    const/4 v3, 0x1

    return v3

    .line 114
    :cond_29
    const/4 v0, 0x0

    return v0

    .line 115
    :catch_2b
    move-exception v0

    .line 116
    new-instance v1, Ljava/security/cert/CertificateException;

    invoke-direct {v1, v0}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/Throwable;)V

    throw v1
.end method


# virtual methods
.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 147
    new-instance v0, Ljava/security/cert/CertificateException;

    const-string v1, "Client certificates not supported!"

    invoke-direct {v0, v1}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v0
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 153
    iget-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->cache:Ljava/util/Set;

    const/4 v1, 0x0

    aget-object v1, p1, v1

    invoke-interface {v0, v1}, Ljava/util/Set;->contains(Ljava/lang/Object;)Z

    move-result v0

    if-eqz v0, :cond_c

    .line 154
    return-void

    .line 160
    :cond_c
    invoke-direct {p0, p1, p2}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->checkSystemTrust([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 161
    invoke-direct {p0, p1}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->checkPinTrust([Ljava/security/cert/X509Certificate;)V

    .line 162
    iget-object v0, p0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;->cache:Ljava/util/Set;

    const/4 v1, 0x0

    aget-object v1, p1, v1

    invoke-interface {v0, v1}, Ljava/util/Set;->add(Ljava/lang/Object;)Z

    .line 163
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 167
    const/4 v0, 0x0

    return-object v0
.end method
